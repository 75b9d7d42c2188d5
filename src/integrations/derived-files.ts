import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The bundle written by src/pages/derived-files.json.ts. */
const BUNDLE = 'derived-files.json';

/**
 * Writes out the per-code files that the build emitted as one bundle (redirect pages, JSON and
 * Markdown copies, _redirects), then deletes the bundle. Runs before Pagefind indexes the site.
 */
export default function derivedFilesIntegration(): AstroIntegration {
  return {
    name: 'derived-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = new URL(BUNDLE, dir);
        const files = JSON.parse(await readFile(bundle, 'utf8')) as Record<string, string>;
        const folders = new Set(Object.keys(files).map((path) => dirname(fileURLToPath(new URL(path, dir)))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        const paths = Object.keys(files);
        // A few hundred writes at a time: fast, without exhausting file handles.
        for (let i = 0; i < paths.length; i += 256) {
          await Promise.all(paths.slice(i, i + 256).map((path) => writeFile(new URL(path, dir), files[path] ?? '')));
        }
        await rm(bundle);
        logger.info(`wrote ${paths.length} derived files`);
      },
    },
  };
}
