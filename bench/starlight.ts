// The reference point of `npm run bench`: the same code pages, in both languages, built with
// Starlight (withastro/starlight, pinned in bench/starlight/package-lock.json and installed there on
// first use). Starlight is the well-kept Astro documentation theme the guide measures this site against.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitFrontMatter } from '../tests/support/content.ts';

const HOME = resolve('bench/starlight');
/** What a run writes into bench/starlight/ (ignored by git) and removes afterwards. */
const GENERATED = ['astro.config.mjs', 'src', 'dist', '.astro'];

/** Installs Starlight into bench/starlight/node_modules from its lock file, once. */
function install(): void {
  if (existsSync(join(HOME, 'node_modules/@astrojs/starlight'))) return;
  console.log('Installing Starlight for the comparison (bench/starlight/package-lock.json)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HOME, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in bench/starlight failed');
}

/** A Starlight site with `count` code pages in English and Chinese, made from the real pages' text. */
function makeSite(count: number): string {
  // The site is generated into bench/starlight/ itself, beside its node_modules, as any Astro
  // project is laid out (from elsewhere, Vite does not treat Starlight's virtual modules as its own).
  const root = HOME;
  for (const part of GENERATED) rmSync(join(root, part), { recursive: true, force: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({
    title: 'NIM Status Codes',
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: 'en' }, zh: { label: '简体中文', lang: 'zh-CN' } },
  })],
});
`,
  );
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(root, 'src/content/docs');
  mkdirSync(join(docs, 'codes'), { recursive: true });
  mkdirSync(join(docs, 'zh/codes'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: NIM Status Codes\n---\n\nEvery code.\n');
  writeFileSync(join(docs, 'zh/index.mdx'), '---\ntitle: 云信 IM 状态码\n---\n\n全部状态码。\n');
  const names = readdirSync('content/codes').filter((name) => name.endsWith('.mdx'));
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length] ?? '';
    const en = splitFrontMatter(readFileSync(join('content/codes', name), 'utf8'));
    const zh = splitFrontMatter(readFileSync(join('content/zh/codes', name), 'utf8'));
    const data = en.data as { code: number; title: string; titleZh: string; summary: string };
    const page = (title: string, description: string, body: string) =>
      `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n${body}`;
    writeFileSync(join(docs, 'codes', `${i}.md`), page(`${data.code} ${data.title} (${i})`, data.summary, en.body));
    writeFileSync(join(docs, 'zh/codes', `${i}.md`), page(`${data.code} ${data.titleZh}（${i}）`, String(zh.data.summary), zh.body));
  }
  return root;
}

/** Builds `count` code pages in two languages with Starlight; resolves with the wall time in seconds and the code pages built. */
export async function buildStarlight(count: number): Promise<{ wall: number; codePages: number }> {
  install();
  const root = makeSite(count);
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [join(HOME, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    if (status !== 0) throw new Error(`Starlight build failed:\n${errors.slice(-2000)}`);
    return { wall: (performance.now() - started) / 1000, codePages: count * 2 };
  } finally {
    for (const part of GENERATED) rmSync(join(root, part), { recursive: true, force: true });
  }
}
