// Splitting the search index: a small site keeps one index; a large one gets bounded shards per language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraShards, planShards, shardSize } from '../../src/lib/search-shards.ts';

const pages = (language: string, n: number, prefix = '') => Array.from({ length: n }, (_, i) => ({ path: `/${prefix}${i}/`, language }));

test('a site within the shard size has one bundle with every page, in order', () => {
  const shards = planShards([...pages('en', 3), ...pages('zh-cn', 3, 'zh/')], 5);
  assert.equal(shards.length, 1);
  assert.deepEqual(shards[0], { dir: 'pagefind/', languages: ['en', 'zh-cn'], pages: ['/0/', '/1/', '/2/', '/zh/0/', '/zh/1/', '/zh/2/'] });
  assert.deepEqual(extraShards(shards), {});
});

test('each language beyond the size gets shards of at most that many pages, in order', () => {
  const shards = planShards([...pages('en', 7), ...pages('zh-cn', 3, 'zh/'), { path: '/late-en/', language: 'en' }], 3);
  assert.deepEqual(
    shards.map((s) => [s.dir, s.pages]),
    [
      ['pagefind/', ['/0/', '/1/', '/2/', '/zh/0/', '/zh/1/', '/zh/2/']],
      ['pagefind/shards/en-1/', ['/3/', '/4/', '/5/']],
      ['pagefind/shards/en-2/', ['/6/', '/late-en/']],
    ],
  );
  assert.deepEqual(extraShards(shards), { en: ['pagefind/shards/en-1/', 'pagefind/shards/en-2/'] });
});

test('every page lands in exactly one shard', () => {
  const all = [...pages('en', 2500), ...pages('zh-cn', 2500, 'zh/')];
  const shards = planShards(all, 1000);
  const placed = shards.flatMap((s) => s.pages);
  assert.equal(placed.length, all.length);
  assert.equal(new Set(placed).size, all.length);
  assert.ok(shards.every((s) => s.pages.length <= 2000));
});

test('the shard size comes from SEARCH_SHARD_PAGES, and a bad one is refused', () => {
  assert.equal(shardSize({}), 1000);
  assert.equal(shardSize({ SEARCH_SHARD_PAGES: '50' }), 50);
  assert.throws(() => planShards(pages('en', 2), shardSize({ SEARCH_SHARD_PAGES: 'lots' })), /positive whole number/);
});
