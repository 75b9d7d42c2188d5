// Splitting the search index: a small site keeps one bundle; a large one gets bounded shards per language;
// the languages of a bundle, written apart, join into what one Pagefind process would write.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { joinBundle } from '../../src/integrations/pagefind-bundle.ts';
import { extraShards, hasRoom, MAX_FULL_SHARDS, MAX_WAITING_PAGES, planShards, shardSize } from '../../src/lib/search-shards.ts';

const pages = (language: string, n: number, prefix = '') => Array.from({ length: n }, (_, i) => ({ path: `/${prefix}${i}/`, language }));

test('a site within the shard size has one bundle with every page, one part per language, in order', () => {
  const shards = planShards([...pages('en', 3), ...pages('zh-cn', 3, 'zh/')], 5);
  assert.deepEqual(shards, [
    { dir: 'pagefind/', language: 'en', pages: ['/0/', '/1/', '/2/'] },
    { dir: 'pagefind/', language: 'zh-cn', pages: ['/zh/0/', '/zh/1/', '/zh/2/'] },
  ]);
  assert.deepEqual(extraShards(shards), {});
});

test('each language beyond the size gets shards of at most that many pages, in order', () => {
  const shards = planShards([...pages('en', 7), ...pages('zh-cn', 3, 'zh/'), { path: '/late-en/', language: 'en' }], 3);
  assert.deepEqual(
    shards.map((s) => [s.dir, s.pages]),
    [
      ['pagefind/', ['/0/', '/1/', '/2/']],
      ['pagefind/', ['/zh/0/', '/zh/1/', '/zh/2/']],
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
  assert.ok(shards.every((s) => s.pages.length <= 1000));
  assert.ok(shards.every((s) => s.pages.every((path) => path.startsWith('/zh/') === (s.language === 'zh-cn'))));
});

test('the shard size comes from SEARCH_SHARD_PAGES, and a bad one is refused', () => {
  assert.equal(shardSize({}), 1000);
  assert.equal(shardSize({ SEARCH_SHARD_PAGES: '50' }), 50);
  assert.throws(() => planShards(pages('en', 2), shardSize({ SEARCH_SHARD_PAGES: 'lots' })), /positive whole number/);
});

test('languages written apart join into the bundle one Pagefind process would write', () => {
  const root = mkdtempSync(join(tmpdir(), 'bundle-'));
  const entry = (languages: Record<string, unknown>) => JSON.stringify({ version: '1.6.0', languages, include_characters: ['_'] });
  const part = (name: string, language: string, files: Record<string, string>) => {
    const dir = join(root, name);
    for (const [file, text] of Object.entries({ 'pagefind.js': 'shared', ...files, 'pagefind-entry.json': entry({ [language]: { hash: `${language}_1`, page_count: 1 } }) })) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };
  const bundle = join(root, 'pagefind');
  // The Chinese part comes first; the entry still lists English first, as Pagefind does.
  joinBundle(part('zh', 'zh-cn', { 'index/zh-cn_1.pf_index': 'zh' }), bundle);
  joinBundle(part('en', 'en', { 'index/en_1.pf_index': 'en', 'fragment/en_a.pf_fragment': 'a' }), bundle);
  assert.equal(
    readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'),
    entry({ en: { hash: 'en_1', page_count: 1 }, 'zh-cn': { hash: 'zh-cn_1', page_count: 1 } }),
  );
  assert.equal(readFileSync(join(bundle, 'index/zh-cn_1.pf_index'), 'utf8'), 'zh');
  assert.equal(readFileSync(join(bundle, 'fragment/en_a.pf_fragment'), 'utf8'), 'a');
  assert.equal(existsSync(join(root, 'en')), false);
  // A shared file that differs means the parts were not written alike: refused, naming the file.
  assert.throws(() => joinBundle(part('bad', 'ko', { 'pagefind.js': 'other' }), bundle), /pagefind\.js/);
  rmSync(root, { recursive: true, force: true });
});

test('rendering waits while more than one shard is full, or too many pages wait for Pagefind', () => {
  assert.equal(hasRoom({ fullShards: 0, waitingPages: 0 }), true);
  assert.equal(hasRoom({ fullShards: MAX_FULL_SHARDS, waitingPages: MAX_WAITING_PAGES }), true);
  assert.equal(hasRoom({ fullShards: MAX_FULL_SHARDS + 1, waitingPages: 0 }), false);
  assert.equal(hasRoom({ fullShards: 0, waitingPages: MAX_WAITING_PAGES + 1 }), false);
});
