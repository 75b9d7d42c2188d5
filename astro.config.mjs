// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/markdown/processor.ts';
import pagefind from './src/integrations/pagefind.ts';
import derivedFiles from './src/integrations/derived-files.ts';

/** BASE_PATH with exactly one leading and one trailing slash: "/" or "/docs/nim/". */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** Vite's internal id for the dynamic-import preload helper. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Project-local, so that temporary copies of the project (tests, benchmark), which link
  // node_modules, never share a content cache with it.
  cacheDir: './.astro/cache',
  build: {
    format: 'directory',
    // Rendering a page is quick; writing it waits on the disk. Overlapping the writes saves about
    // a quarter of the render phase on large builds (docs/performance.md).
    concurrency: 16,
    // One cached stylesheet, and no inline <style>: the CSP allows styles from 'self' only.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: markdownProcessor(base),
    // Shiki writes inline style attributes, which the CSP forbids; JSON examples read fine plain.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      // Never inline scripts or assets: every script must be an external module (CSP, no inline scripts).
      assetsInlineLimit: 0,
    },
    plugins: [
      {
        // The lazy search chunks import no CSS and nothing worth preloading, yet Vite wraps every
        // dynamic import in a 1 KB preload helper, doubling the one module every page loads.
        // Turn JS preloading off (Astro pins build.modulePreload, so per environment) and replace the
        // helper with a plain call, which refuses if a lazy chunk ever gains CSS dependencies.
        name: 'plain-dynamic-import',
        enforce: 'pre',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
        resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
        load: (id) =>
          id === PRELOAD_HELPER
            ? 'export const __vitePreload = (load, deps) => { if (deps && deps.length) throw new Error("lazy chunk has preload dependencies"); return load(); };'
            : undefined,
      },
    ],
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/search/'),
      // Each page lists its twin in the other language; x-default is the English page.
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      serialize: (item) =>
        item.links?.length ? { ...item, links: [...item.links, { lang: 'x-default', url: item.links.find((l) => l.lang === 'en')?.url ?? item.url }] } : item,
    }),
    derivedFiles(),
    pagefind(),
  ],
});
