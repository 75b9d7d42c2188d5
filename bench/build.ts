// Build benchmark: N synthetic codes on top of the real ones, in a temporary copy of the project,
// through the real build (Pagefind included). Prints wall time, peak memory, pages per second,
// where the time went, the search index size and the gzipped weight of a code page in each language.
//   npm run bench                    10,000 codes
//   npm run bench -- --codes 2000    any number
//   npm run bench -- --sweep         500 … 10,000, then docs/build-scaling.svg and .json
//   npm run bench -- --codes 1000 --starlight
//                                    also builds the same codes with Starlight, and compares the time per code page
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeTempProject, removeTempProject } from '../tests/support/temp-project.ts';
import { splitFrontMatter } from '../tests/support/content.ts';
import { listFiles } from '../tests/support/dist.ts';
import { drawChart } from './chart.ts';
import { buildStarlight } from './starlight.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};

const CATEGORIES = ['server', 'team', 'chat-room', 'specific-services'];

/**
 * Writes `count` synthetic codes, each a real page's body with its own number and title, and its
 * Chinese entry from the same page's translation: both editions grow together.
 */
function generate(root: string, count: number): void {
  const dir = join(root, 'content', 'codes');
  const zhDir = join(root, 'content', 'zh', 'codes');
  const names = readdirSync(dir);
  const real = names.map((name) => splitFrontMatter(readFileSync(join(dir, name), 'utf8')));
  const zh = names.map((name) => readFileSync(join(zhDir, name), 'utf8'));
  for (let i = 0; i < count; i++) {
    const code = 200000 + i;
    const model = real[i % real.length];
    if (!model) throw new Error('no content to copy');
    const data = model.data as {
      code: number;
      related: number[];
      title: string;
      titleZh: string;
      summary: string;
      retry: string;
      outcome: string;
      seenIn: string[];
    };
    // Renumber mentions of the model's code, but not links to other codes (/codes/431/) or longer numbers.
    const body = model.body.replace(new RegExp(`(?<![\\d/])${data.code}(?!\\d)`, 'g'), `${code}`);
    const front = [
      '---',
      `code: ${code}`,
      `title: ${JSON.stringify(`${data.title} (synthetic ${i})`)}`,
      `titleZh: ${JSON.stringify(`${data.titleZh}（合成 ${i}）`)}`,
      `category: ${CATEGORIES[i % CATEGORIES.length]}`,
      `summary: ${JSON.stringify(data.summary)}`,
      `retry: ${data.retry}`,
      `outcome: ${data.outcome}`,
      `seenIn: [${data.seenIn.join(', ')}]`,
      `related: [${data.related.join(', ')}]`,
      'updated: 2026-11-26',
      '---',
    ].join('\n');
    writeFileSync(join(dir, `${code}.mdx`), `${front}\n${body}`);
    const translation = zh[i % zh.length] ?? '';
    writeFileSync(join(zhDir, `${code}.mdx`), translation.replace(new RegExp(`(?<![\\d/])${data.code}(?!\\d)`, 'g'), `${code}`));
  }
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop() as number;
    total += rss.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

/** One timed build, with the moment each phase ended, read off Astro's own log lines. */
async function timedBuild(root: string) {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let peak = 0;
  let output = '';
  // The project's own build script, as `npm run build` runs it (its heap setting included), without
  // npm's own process in the measured tree.
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const child = spawn('sh', ['-c', script], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
  });
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
  const mark = (text: string) => {
    const at = (performance.now() - started) / 1000;
    if (/\[content\] Synced content/.test(text)) phases.content ??= at;
    if (/Building static entrypoints/.test(text)) phases.bundleStart ??= at;
    if (/generating static routes/.test(text)) phases.render ??= at;
    if (/\[build\] \d+ page\(s\) built|\[@astrojs\/sitemap\]/.test(text)) phases.rendered ??= at;
    if (/\[pagefind\] indexed/.test(text)) phases.pagefind ??= at;
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) mark(line);
    });
  }
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  return { wall, peak, phases, output };
}

function dirSize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/** Gzipped bytes of a code page: its HTML, plus the CSS and the JS it loads eagerly. */
function pageWeight(dist: string, page: string): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="([^"]+)"/g)].map((m) => m[1] ?? '');
  const base = /href="([^"]*)favicon\.svg"/.exec(html)?.[1] ?? '/';
  return [html, ...assets.map((a) => readFileSync(join(dist, a.slice(base.length)), 'utf8'))].reduce(
    (sum, text) => sum + gzipSync(text, { level: 9 }).length,
    0,
  );
}

async function run(extra: number) {
  const root = makeTempProject('nim-bench');
  try {
    generate(root, extra);
    const total = readdirSync(join(root, 'content', 'codes')).length;
    const { wall, peak, phases } = await timedBuild(root);
    const dist = join(root, 'dist');
    const pages = listFiles(dist).filter((f) => f.endsWith('.html')).length;
    const pagefind = join(dist, 'pagefind');
    // What a reader can download: the index, fragments, filters, metadata and WASM (not the unused UI bundles).
    const indexBytes = listFiles(pagefind)
      .filter((f) => /^(index|fragment|filter)\/|\.pf_meta$|^wasm\.(en|unknown)\.|^pagefind\.js$|entry\.json$/.test(f))
      .reduce((sum, f) => sum + statSync(join(pagefind, f)).size, 0);
    const weigh = (folder: string) => {
      const weights = listFiles(join(dist, folder))
        .filter((f) => f.endsWith('/index.html'))
        .map((f) => ({ page: join(folder, f), bytes: pageWeight(dist, join(folder, f)) }))
        .sort((a, b) => b.bytes - a.bytes);
      return { heaviest: weights[0] ?? { page: '', bytes: 0 }, median: weights[Math.floor(weights.length / 2)]?.bytes ?? 0 };
    };
    const { heaviest, median } = weigh('codes');
    // Every code page, V1 and V2, in both languages (redirect pages excluded).
    const codePages = ['codes', 'zh/codes', 'v2/codes', 'zh/v2/codes']
      .flatMap((folder) => listFiles(join(dist, folder)).filter((f) => f.endsWith('index.html')).map((f) => join(folder, f)))
      .filter((f) => !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"')).length;
    const zhWeights = weigh('zh/codes');
    const split = {
      content_s: phases.content ?? 0,
      bundle_s: (phases.render ?? 0) - (phases.bundleStart ?? 0),
      render_s: (phases.rendered ?? 0) - (phases.render ?? 0),
      pagefind_s: wall - (phases.rendered ?? wall),
    };
    return {
      codes: total,
      pages,
      code_pages: codePages,
      ms_per_code_page: round((1000 * wall) / codePages),
      wall_s: round(wall),
      peak_mib: round(peak / 2 ** 20),
      pages_per_s: round(pages / wall),
      index_kib: round(indexBytes / 1024),
      pagefind_dir_mib: round(dirSize(pagefind) / 2 ** 20),
      code_page_gzip_median_b: median,
      code_page_gzip_max_b: heaviest.bytes,
      heaviest_page: heaviest.page,
      zh_code_page_gzip_median_b: zhWeights.median,
      zh_code_page_gzip_max_b: zhWeights.heaviest.bytes,
      zh_heaviest_page: zhWeights.heaviest.page,
      phases: Object.fromEntries(Object.entries(split).map(([k, v]) => [k, round(v)])),
    };
  } finally {
    if (!flag('keep')) removeTempProject(root);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function report(result: Awaited<ReturnType<typeof run>>) {
  console.log(`\n${result.codes} codes, ${result.pages} pages`);
  console.log(`  wall time        ${result.wall_s} s`);
  console.log(`  peak memory      ${result.peak_mib} MiB (build process tree)`);
  console.log(`  pages per second ${result.pages_per_s}; ${result.ms_per_code_page} ms a code page (${result.code_pages} code pages)`);
  console.log(
    `  where the time went: content sync ${result.phases.content_s} s, Vite bundle (MDX compile) ${result.phases.bundle_s} s, ` +
      `rendering ${result.phases.render_s} s, sitemap + Pagefind ${result.phases.pagefind_s} s`,
  );
  console.log(`  search index     ${result.index_kib} KiB served (${result.pagefind_dir_mib} MiB in dist/pagefind with the unused UI bundles)`);
  console.log(`  code page, gzip  median ${result.code_page_gzip_median_b} B, heaviest ${result.code_page_gzip_max_b} B (${result.heaviest_page}), HTML + CSS + eager JS`);
  console.log(`  Chinese page     median ${result.zh_code_page_gzip_median_b} B, heaviest ${result.zh_code_page_gzip_max_b} B (${result.zh_heaviest_page})`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`machine: ${machine}`);
if (flag('sweep')) {
  const sizes = [500, 1000, 2000, 4000, 10000];
  const results: Awaited<ReturnType<typeof run>>[] = [];
  for (const size of sizes) {
    const result = await run(size - 50);
    report(result);
    results.push(result);
  }
  const byCodes = (n: number) => results.find((r) => r.codes === n);
  const ratio = round((byCodes(4000)?.wall_s ?? 0) / (byCodes(1000)?.wall_s ?? 1));
  console.log(`\n4,000 codes cost ${ratio}× what 1,000 cost (linear would be 4×; target ≤ 4.4×).`);
  writeFileSync('docs/build-scaling.json', `${JSON.stringify({ machine, date: new Date().toISOString().slice(0, 10), results }, null, 1)}\n`);
  writeFileSync('docs/build-scaling.svg', drawChart(results.map((r) => ({ n: r.codes, seconds: r.wall_s, mib: r.peak_mib }))));
  console.log('wrote docs/build-scaling.json and docs/build-scaling.svg');
  console.log(`BENCH ${JSON.stringify({ sweep: results.map((r) => ({ codes: r.codes, wall_s: r.wall_s, peak_mib: r.peak_mib })), ratio_4000_1000: ratio })}`);
} else {
  const codes = option('codes', 10000);
  const result = await run(Math.max(0, codes - 50));
  report(result);
  if (flag('starlight')) {
    // The same V1 codes, English and Chinese, built with Starlight on the same machine in the same run.
    const starlight = await buildStarlight(result.codes);
    const perPage = round((1000 * starlight.wall) / starlight.codePages);
    const ratio = round(result.ms_per_code_page / perPage);
    console.log(`  Starlight        ${round(starlight.wall)} s for ${starlight.codePages} code pages: ${perPage} ms a page`);
    console.log(`  this site        ${result.ms_per_code_page} ms a code page (${result.code_pages} code pages): ${ratio}× Starlight (target ≤ 0.35×)`);
    console.log(`BENCH ${JSON.stringify({ ...result, starlight_wall_s: round(starlight.wall), starlight_ms_per_code_page: perPage, ratio_to_starlight: ratio })}`);
  } else {
    console.log(`BENCH ${JSON.stringify(result)}`);
  }
}
