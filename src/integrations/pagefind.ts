import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FEEDER, PageFeeder } from '../lib/page-feeder.ts';

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the Pagefind search index into dist/pagefind/ during `astro build`, so `npm run build`
 * alone yields a searchable site. Pagefind runs in its own process: the middleware hands it each
 * page as soon as it is rendered, in a fixed order (src/lib/page-feeder.ts), so indexing overlaps
 * rendering; the index is written when the build is done. Any indexing error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let index: pagefind.PagefindIndex | undefined;
  let feeder: PageFeeder | undefined;
  let started = 0;
  const globals = globalThis as Record<symbol, PageFeeder | undefined>;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        started = performance.now();
        // One index per <html lang>: English, and Chinese (the extended build segments it into words).
        const created = await pagefind.createIndex();
        check('createIndex', created.errors);
        if (!created.index) throw new Error('Pagefind createIndex returned no index.');
        const current = created.index;
        index = current;
        feeder = new PageFeeder(async (path, html) => {
          // The same file path addDirectory would give it, so the URL comes out the same.
          const sourcePath = `${path.slice(base.length)}index.html`;
          const added = await current.addHTMLFile({ sourcePath, content: html });
          return added.errors.map((error) => `${sourcePath}: ${error}`);
        });
        globals[FEEDER] = feeder;
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!index || !feeder) throw new Error('Pagefind: the index was never created.');
          const { missing, errors } = await feeder.finish();
          check('addHTMLFile', errors);
          if (missing.length > 0) throw new Error(`Pagefind: ${missing.length} pages were never rendered, e.g. ${missing.slice(0, 3).join(', ')}.`);
          const written = await index.writeFiles({ outputPath: `${fileURLToPath(dir)}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`indexed pages as they rendered; index written ${Math.round(performance.now() - started)} ms after the build started`);
        } finally {
          delete globals[FEEDER];
          await pagefind.close();
        }
      },
    },
  };
}
