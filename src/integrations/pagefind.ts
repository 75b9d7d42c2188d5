import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`,
 * so `npm run build` alone yields a searchable site. Any indexing error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // One index per <html lang>: English, and Chinese (the extended build segments it into words).
          const { index, errors } = await pagefind.createIndex();
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index.');
          // Only code pages and guides carry data-pagefind-body; reading the rest would be wasted work.
          const added = await index.addDirectory({ path: site, glob: '{codes,zh/codes,v2/codes,zh/v2/codes,guides,zh/guides}/**/*.html' });
          check('addDirectory', added.errors);
          // Zero pages means the markup broke.
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
