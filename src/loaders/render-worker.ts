// A render worker of src/loaders/render-pool.ts. Messages from the parent: a batch of RenderJob;
// the reply is their RenderOutcome, in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { markdownProcessor } from '../markdown/processor.ts';
import { renderBody, type RenderJob } from './render-body.ts';
import type { RenderSettings } from './render-pool.ts';

/** Astro's own front-matter split (content layer): the body keeps the newline after the closing fence. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const settings = workerData as RenderSettings;
const renderer = await markdownProcessor(settings.base).createRenderer(settings.shared);

parentPort?.on('message', async (jobs: RenderJob[]) => {
  const outcomes = [];
  for (const job of jobs) {
    outcomes.push(
      await renderBody(job, async (text, fileURL) => {
        const raw = FRONT_MATTER.exec(text)?.[1];
        const frontmatter = raw === undefined ? {} : ((parse(raw, { version: '1.2' }) ?? {}) as Record<string, unknown>);
        const body = raw === undefined ? text : text.replace(`---${raw}---`, '');
        const { code, metadata } = await renderer.render(body, { frontmatter, fileURL });
        return { html: code, headings: metadata.headings };
      }),
    );
  }
  parentPort?.postMessage(outcomes);
});
