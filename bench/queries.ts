// Search quality on the built site (dist/) in Chromium: types each query of bench/queries.json
// into the header box of a code page (English or Chinese) and checks that an expected code is among the first three
// results. Prints the hit rate per kind and every miss. Run `npm run build` first.
//   npm run bench:queries                         dist/
//   npm run bench:queries -- --dir other-dist --dump results.json
// --dump writes every query's full result list, to compare two builds' search results.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { serveDist } from './site.ts';

const PORT = 4411;
const { queries } = JSON.parse(readFileSync('bench/queries.json', 'utf8')) as { queries: [string, string, number[], string?][] };
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const server = await serveDist(PORT, option('dir'));
const dump: Record<string, string[]> = {};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const box = page.locator('header form[data-search] input');
let at = '';

const tally = new Map<string, { hits: number; total: number }>();
const misses: string[] = [];
for (const [kind, query, expected, path = '/codes/200/'] of queries) {
  if (path !== at) {
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await box.focus();
    at = path;
  }
  await box.fill('');
  await box.fill(query);
  // The status line is written when the last stage (Pagefind, spelling) has rendered.
  await page.waitForFunction(
    (q) => {
      const input = document.querySelector<HTMLInputElement>('header input[type="search"]');
      const status = document.querySelector('header .search [role="status"]');
      return input?.value === q && /\d/.test(status?.textContent ?? '');
    },
    query,
    { timeout: 10_000 },
  ).catch(() => undefined);
  const all = await page.locator('header .search-panel a.hit-title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  dump[`${path} ${query}`] = all;
  const top = (await page.locator('header .search-panel a.hit-title .num').allTextContents()).slice(0, 3).map(Number);
  const ok = expected.some((code) => top.includes(code));
  const row = tally.get(kind) ?? { hits: 0, total: 0 };
  row.total += 1;
  if (ok) row.hits += 1;
  else misses.push(`${kind.padEnd(10)} ${JSON.stringify(query)} → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
  tally.set(kind, row);
}
await browser.close();
server.kill();
const dumpFile = option('dump');
if (dumpFile) writeFileSync(dumpFile, `${JSON.stringify(dump, null, 1)}\n`);

let hits = 0;
let total = 0;
for (const [kind, row] of tally) {
  hits += row.hits;
  total += row.total;
  console.log(`${kind.padEnd(12)} ${String(row.hits).padStart(3)} / ${String(row.total).padEnd(3)} ${((100 * row.hits) / row.total).toFixed(0)} %`);
}
console.log(`${'all'.padEnd(12)} ${String(hits).padStart(3)} / ${String(total).padEnd(3)} ${((100 * hits) / total).toFixed(1)} %`);
if (misses.length) console.log(`\nMisses:\n${misses.join('\n')}`);
console.log(`BENCH ${JSON.stringify({ hits, total })}`);
