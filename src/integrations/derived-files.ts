import { readFile, rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The count left by src/pages/derived-files.json.ts, which writes the files themselves. */
const REPORT = 'derived-files.json';

/**
 * Reports the per-code files that src/pages/derived-files.json.ts wrote into the build (redirect
 * pages, JSON and Markdown copies, _redirects) and removes that route's own output, which is not
 * part of the site.
 */
export default function derivedFilesIntegration(): AstroIntegration {
  return {
    name: 'derived-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = new URL(REPORT, dir);
        const { written } = JSON.parse(await readFile(report, 'utf8')) as { written: number };
        await rm(report);
        logger.info(`wrote ${written} derived files`);
      },
    },
  };
}
