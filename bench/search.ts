// Search benchmark on the built site (dist/) in Chromium: for a few queries, the bytes fetched and
// the milliseconds from the keystroke to the first result, cold (fresh browser context, nothing
// cached) and warm (same page, search already loaded). Run `npm run build` first.
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { serveDist } from './site.ts';

const PORT = 4410;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUERIES = ['password', 'checksum', 'too many requests', 'team does not exist', '416', '41'];
const server = await serveDist(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/**
 * Counts the bytes a compressing host (any CDN) would send from now on: text responses gzipped,
 * Pagefind's own files (already compressed) as they are. The local test server does not compress.
 */
function meter(page: Page) {
  let bytes = 0;
  let requests = 0;
  let pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          bytes += /text|javascript|json|css|svg|xml/.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
          requests += 1;
        },
        () => undefined,
      ),
    );
  });
  return {
    read: async () => {
      await Promise.all(pending);
      return { bytes, requests };
    },
    reset: () => {
      bytes = 0;
      requests = 0;
      pending = [];
    },
  };
}

/** Types a query and returns the milliseconds from the input event to the first rendered result. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await page.evaluate(() => {
    const w = window as unknown as { __typed?: number; __shown?: number };
    delete w.__typed;
    delete w.__shown;
    const panel = () => document.querySelector('header .search-panel');
    document.addEventListener('input', () => (w.__typed ??= performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (w.__typed !== undefined && panel()?.querySelector('a.hit-title')) {
        w.__shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await box.fill(query);
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, null, { timeout: 10_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __typed: number; __shown: number };
    return Math.round(w.__shown - w.__typed);
  });
}

const rows: Record<string, unknown>[] = [];
for (const query of QUERIES) {
  // Cold: a fresh context, so nothing is cached; the box is focused and typed into at once.
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = meter(page);
  await page.goto(`${ORIGIN}/codes/200/`);
  await page.waitForLoadState('networkidle');
  const pageLoad = await net.read();
  net.reset();
  await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').focus();
  const cold = await timeQuery(page, query);
  await page.waitForLoadState('networkidle');
  const coldNet = await net.read();
  // Warm: clear the box and type the same query again on the same page.
  await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('');
  net.reset();
  const warm = await timeQuery(page, query);
  await page.waitForLoadState('networkidle');
  const warmNet = await net.read();
  await context.close();
  // Cold, typed a moment after focus, as people do: the search code had a head start, the index did not.
  const second = await browser.newContext();
  const typist = await second.newPage();
  await typist.goto(`${ORIGIN}/codes/200/`);
  await typist.waitForLoadState('networkidle');
  await typist.getByRole('search', { name: 'Site search' }).getByRole('searchbox').focus();
  await typist.waitForTimeout(300);
  const afterFocus = await timeQuery(typist, query);
  await second.close();
  rows.push({
    query,
    page_load_kib: +(pageLoad.bytes / 1024).toFixed(1),
    cold_ms: cold,
    cold_after_focus_ms: afterFocus,
    cold_fetched_kib: +(coldNet.bytes / 1024).toFixed(1),
    cold_requests: coldNet.requests,
    warm_ms: warm,
    warm_fetched_kib: +(warmNet.bytes / 1024).toFixed(1),
  });
}
await browser.close();
server.kill();

const columns = ['query', 'cold_ms', 'cold_after_focus_ms', 'cold_fetched_kib', 'cold_requests', 'warm_ms', 'warm_fetched_kib', 'page_load_kib'];
console.log(columns.map((c, i) => (i ? c.padStart(c.length + 2) : c.padEnd(20))).join(''));
for (const r of rows) console.log(columns.map((c, i) => (i ? String(r[c]).padStart(c.length + 2) : String(r[c]).padEnd(20))).join(''));
console.log('\ncold: typed the moment the box gets focus, so the search module, code map, Pagefind, its WASM and index all load first.');
console.log('cold_after_focus: a fresh browser, typed 300 ms after focus. warm: the same query again on the same page.');
console.log('KiB: what a compressing host sends (text gzipped; Pagefind files are compressed already).');
console.log(`BENCH ${JSON.stringify(rows)}`);
