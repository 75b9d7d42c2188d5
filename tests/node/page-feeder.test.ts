// The order in which search indexes pages must not depend on the order in which they finish rendering.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageFeeder } from '../../src/lib/page-feeder.ts';

function feeder() {
  const received: string[] = [];
  const pages = new PageFeeder(async (path, html) => {
    received.push(`${path}=${html}`);
    return html === 'bad' ? [`${path}: could not parse`] : [];
  });
  return { pages, received };
}

test('pages reach the indexer in the expected order, whatever order they arrive in', async () => {
  const { pages, received } = feeder();
  pages.expect(['/a/', '/b/', '/c/', '/d/']);
  pages.deliver('/c/', '3');
  pages.deliver('/a/', '1');
  assert.deepEqual(received, ['/a/=1'], 'c waits for b');
  pages.deliver('/d/', '4');
  pages.deliver('/b/', '2');
  assert.deepEqual(received, ['/a/=1', '/b/=2', '/c/=3', '/d/=4']);
  assert.deepEqual(await pages.finish(), { missing: [], errors: [] });
});

test('two arrival orders give the indexer the same sequence', () => {
  const one = feeder();
  const two = feeder();
  for (const { pages } of [one, two]) pages.expect(['/1/', '/2/', '/3/']);
  for (const path of ['/3/', '/1/', '/2/']) one.pages.deliver(path, path);
  for (const path of ['/2/', '/3/', '/1/']) two.pages.deliver(path, path);
  assert.deepEqual(one.received, two.received);
});

test('a page that is not to be indexed is ignored, and one that never arrives is reported', async () => {
  const { pages, received } = feeder();
  pages.expect(['/a/', '/b/', '/c/']);
  assert.equal(pages.wants('/about/'), false);
  pages.deliver('/about/', 'x');
  pages.deliver('/a/', '1');
  pages.deliver('/c/', '3');
  assert.deepEqual(received, ['/a/=1']);
  assert.deepEqual(await pages.finish(), { missing: ['/b/', '/c/'], errors: [] });
});

test('the indexer\'s errors come back from finish()', async () => {
  const { pages } = feeder();
  pages.expect(['/a/']);
  pages.deliver('/a/', 'bad');
  assert.deepEqual((await pages.finish()).errors, ['/a/: could not parse']);
});
