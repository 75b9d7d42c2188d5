// Lighthouse 12.2.3 (pinned) against Debian's Chromium: the four category scores for the home page
// and a code page, mobile profile, served with the production headers. Run `npm run build` first.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { serveDist } from './site.ts';

const PORT = 4411;
const PAGES = [
  ['home', '/'],
  ['code page', '/codes/416/'],
  ['long code page', '/codes/414/'],
  ['Chinese home', '/zh/'],
  ['Chinese code page', '/zh/codes/416/'],
  ['Chinese long code page', '/zh/codes/414/'],
  ['V2 code page', '/v2/codes/108404/'],
  ['Chinese V2 code page', '/zh/v2/codes/108404/'],
  ['guide', '/guides/retries/'],
  ['V2 index', '/v2/'],
];
const server = await serveDist(PORT);
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS],
});

const results: Record<string, Record<string, number>> = {};
try {
  for (const [name, path] of PAGES) {
    const run = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!run) throw new Error(`no result for ${path}`);
    const categories = Object.values(run.lhr.categories) as { id: string; score: number | null }[];
    const scores = Object.fromEntries(categories.map((c) => [c.id, Math.round((c.score ?? 0) * 100)]));
    results[name as string] = scores;
    const audits = Object.values(run.lhr.audits) as { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }[];
    const misses = audits
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    console.log(`${String(name).padEnd(15)} ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join('  ')}`);
    if (misses.length) console.log(`  below 1: ${misses.join(', ')}`);
    const lcp = run.lhr.audits['largest-contentful-paint']?.displayValue;
    const weight = run.lhr.audits['total-byte-weight']?.displayValue;
    console.log(`  LCP ${lcp}, ${weight}`);
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log(`BENCH ${JSON.stringify(results)}`);
