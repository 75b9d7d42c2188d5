// Search benchmark on the built site (dist/) in Chromium, for a few queries in each language:
// milliseconds from the keystroke to the first result (the build-time map answers names, codes and
// constants at once) and to the complete results (Pagefind's full text included), and the bytes
// fetched for each, cold (fresh browser context, nothing cached) and warm (search already loaded).
// Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { serveDist } from './site.ts';

const PORT = 4410;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUERIES: [string, string][] = [
  ['/codes/200/', 'password'],
  ['/codes/200/', 'checksum'],
  ['/codes/200/', 'too many requests'],
  ['/codes/200/', 'team does not exist'],
  ['/codes/200/', 'highPriorityPolicy'],
  ['/codes/200/', '416'],
  ['/codes/200/', '41'],
  ['/codes/200/', '108404'],
  ['/zh/codes/200/', '频率控制'],
  ['/zh/codes/200/', '退避重试'],
  ['/zh/codes/200/', '为什么发送消息一直请求超时'],
  ['/zh/codes/200/', '获取群成员失败，你已经不在群里'],
  ['/codes/200/', '群不存在'],
];
const server = await serveDist(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/**
 * Counts the bytes a compressing host (any CDN) would send: text responses gzipped, Pagefind's own
 * files (already compressed) as they are. The local test server does not compress.
 */
function meter(page: Page) {
  let bytes = 0;
  let requests = 0;
  let inflight = 0;
  let pending: Promise<void>[] = [];
  /** Each response's size and the wall-clock time it finished, to count what had arrived by a moment. */
  let log: { at: number; size: number }[] = [];
  page.on('request', () => (inflight += 1));
  page.on('requestfailed', () => (inflight -= 1));
  page.on('requestfinished', (request) => {
    inflight -= 1;
    pending.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => undefined);
        if (!response || !body) return;
        const type = response.headers()['content-type'] ?? '';
        const size = /text|javascript|json|css|svg|xml/.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
        const timing = request.timing();
        log.push({ at: timing.startTime + timing.responseEnd, size });
        bytes += size;
        requests += 1;
      })(),
    );
  });
  return {
    /** Resolves once nothing has been in flight for 300 ms. */
    quiet: async () => {
      let still = 0;
      while (still < 300) {
        await page.waitForTimeout(50);
        still = inflight === 0 ? still + 50 : 0;
      }
    },
    read: async () => {
      await Promise.all(pending);
      return { bytes, requests };
    },
    /** Bytes that had arrived by a wall-clock time (ms since the epoch). */
    before: async (epoch: number) => {
      await Promise.all(pending);
      return log.filter((entry) => entry.at <= epoch).reduce((sum, entry) => sum + entry.size, 0);
    },
    reset: () => {
      bytes = 0;
      requests = 0;
      pending = [];
      log = [];
    },
  };
}

/** Types a query into the header box; returns milliseconds to the first result and to the complete results. */
async function timeQuery(page: Page, query: string): Promise<{ first: number; done: number; firstEpoch: number }> {
  const box = page.locator('header form[data-search] input');
  await page.evaluate(() => {
    const w = window as unknown as { __typed?: number; __first?: number; __done?: number };
    delete w.__typed;
    delete w.__first;
    delete w.__done;
    const form = () => document.querySelector('header form[data-search]');
    document.addEventListener('input', () => (w.__typed ??= performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (w.__typed === undefined) return;
      if (w.__first === undefined && form()?.querySelector('.search-panel a.hit-title')) w.__first = performance.now();
      // The status line is written when the last stage has rendered.
      if (/\d/.test(form()?.querySelector('[role="status"]')?.textContent ?? '')) {
        w.__done = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await box.fill(query);
  await page.waitForFunction(() => (window as unknown as { __done?: number }).__done !== undefined, null, { timeout: 15_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __typed: number; __first?: number; __done: number };
    const first = w.__first ?? w.__done;
    return { first: Math.round(first - w.__typed), done: Math.round(w.__done - w.__typed), firstEpoch: performance.timeOrigin + first };
  });
}

const rows: Record<string, unknown>[] = [];
for (const [path, query] of QUERIES) {
  // Cold: a fresh context, so nothing is cached; the box is focused and typed into at once.
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = meter(page);
  await page.goto(`${ORIGIN}${path}`);
  await net.quiet();
  const pageLoad = await net.read();
  net.reset();
  await page.locator('header form[data-search] input').focus();
  const cold = await timeQuery(page, query);
  const atFirst = await net.before(cold.firstEpoch);
  await net.quiet();
  const coldNet = await net.read();
  // Warm: clear the box and type the same query again on the same page.
  await page.locator('header form[data-search] input').fill('');
  await net.quiet();
  net.reset();
  const warm = await timeQuery(page, query);
  await net.quiet();
  const warmNet = await net.read();
  await context.close();
  // Cold, typed a moment after focus, as people do: the search code had a head start, the index did not.
  const second = await browser.newContext();
  const typist = await second.newPage();
  await typist.goto(`${ORIGIN}${path}`);
  await typist.locator('header form[data-search] input').focus();
  await typist.waitForTimeout(300);
  const afterFocus = await timeQuery(typist, query);
  await second.close();
  rows.push({
    query,
    page: path,
    page_load_kib: +(pageLoad.bytes / 1024).toFixed(1),
    cold_first_ms: cold.first,
    cold_done_ms: cold.done,
    after_focus_first_ms: afterFocus.first,
    after_focus_done_ms: afterFocus.done,
    first_kib: +(atFirst / 1024).toFixed(1),
    done_kib: +(coldNet.bytes / 1024).toFixed(1),
    requests: coldNet.requests,
    warm_done_ms: warm.done,
    warm_kib: +(warmNet.bytes / 1024).toFixed(1),
  });
}
await browser.close();
server.kill();

const columns = ['query', 'cold_first_ms', 'cold_done_ms', 'after_focus_first_ms', 'after_focus_done_ms', 'first_kib', 'done_kib', 'requests', 'warm_done_ms', 'warm_kib'];
console.log(columns.map((c, i) => (i ? c.padStart(c.length + 2) : c.padEnd(20))).join(''));
for (const r of rows) console.log(columns.map((c, i) => (i ? String(r[c]).padStart(c.length + 2) : String(r[c]).padEnd(20))).join(''));
console.log('\nfirst: the first result on screen; done: the complete results, Pagefind included (the status line is written).');
console.log('cold: typed the moment the box gets focus, in a fresh browser. after_focus: typed 300 ms after focus. warm: the same query again.');
console.log('KiB: what a compressing host sends (text gzipped; Pagefind files are compressed already), fetched after the page had loaded.');
// The map every search box fetches on first use: its size grows with the codes, so it is watched.
const mapBytes = gzipSync(readFileSync('dist/search/codes.json'), { level: 9 }).length;
const wordsBytes = gzipSync(readFileSync('dist/search/words.json'), { level: 9 }).length;
console.log(`search map (search/codes.json): ${mapBytes} B gzipped (target < 8 KiB); word list for spelling (search/words.json, fetched only for an unknown word): ${wordsBytes} B`);
console.log(`BENCH ${JSON.stringify({ rows, map_gzip_b: mapBytes, words_gzip_b: wordsBytes })}`);
