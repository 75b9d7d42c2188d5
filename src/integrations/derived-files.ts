import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { FILE_WRITER, type FileWriter } from '../lib/file-writer.ts';

/** The route that makes the derived files (src/pages/derived-files.json.ts); its own output is not part of the site. */
const REPORT = 'derived-files.json';
/** Files per message: one message per file would keep the rendering thread busy posting. */
const BATCH = 64;

/**
 * Writes the per-code files that src/pages/derived-files.json.ts makes (redirect pages, JSON and
 * Markdown copies, _redirects) in a thread of its own while pages render, reports them, and removes
 * that route's own output. A file that cannot be written fails the build.
 */
export default function derivedFilesIntegration(): AstroIntegration {
  let outDir: URL | undefined;
  let worker: Worker | undefined;
  let batch: [string, string][] = [];
  const globals = globalThis as Record<symbol, FileWriter | undefined>;
  const flush = () => {
    if (batch.length === 0) return;
    worker?.postMessage({ type: 'files', files: batch });
    batch = [];
  };
  return {
    name: 'derived-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        const dir = outDir;
        if (!dir) throw new Error('derived files: no output folder configured.');
        worker = new Worker(new URL('./derived-files-worker.mjs', import.meta.url));
        globals[FILE_WRITER] = {
          write(path, text) {
            batch.push([fileURLToPath(new URL(path, dir)), text]);
            if (batch.length >= BATCH) flush();
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete globals[FILE_WRITER];
        if (!worker) throw new Error('derived files: the writer never started.');
        flush();
        const ended = worker;
        const result = await new Promise<{ written?: number; error?: string }>((done, fail) => {
          ended.once('message', done);
          ended.once('error', fail);
          ended.postMessage({ type: 'end' });
        });
        if (result.error) throw new Error(`derived files: could not write ${result.error}`);
        await rm(new URL(REPORT, dir));
        logger.info(`wrote ${result.written} derived files`);
      },
    },
  };
}
