import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { splitFrontMatter } from '../lib/front-matter.ts';
import { checkWrittenDate, crossCheck, type EntryRef } from '../lib/validate.ts';
import { KNOWN_CONFLICTS } from '../lib/sdk-names.ts';
import { renderBody, type RenderJob, type RenderOutcome } from './render-body.ts';
import { canRenderInWorkers, POOL_MIN, renderInWorkers } from './render-pool.ts';

/** Folder of the content cache (config.cacheDir) that holds the rendered bodies. */
export const RENDERED_DIR = 'rendered';

/** Options for {@link codesLoader}. */
interface CodesLoaderOptions {
  /** Folder holding one `<code>.mdx` per code, relative to the project root. */
  base: string;
  /**
   * For a translation: the folder of the entries it translates. Each file must have a namesake
   * there, and the cross-entry checks (unique code, related codes) belong to those entries.
   */
  translates?: string;
  /**
   * What the cross-entry check needs of one entry's data: its code, related codes and constant
   * names. Left out for entries that have no code (the guides).
   */
  refs?: (data: Record<string, unknown>) => Omit<EntryRef, 'file'>;
  /** Checks against other folders (V2 pages against the V1 pages), one message per problem. */
  extraChecks?: (entries: { file: string; data: Record<string, unknown> }[], root: URL) => Promise<string[]>;
}

/** An entry's source file, relative to the project root. */
function fileOf(entry: { id: string; filePath?: string | undefined }, base: string): string {
  return entry.filePath ?? `${base}/${entry.id}.mdx`;
}

/** A translation of a code that does not exist: one message per file without a namesake in `translates`. */
function orphans(files: string[], translates: string, root: URL): string[] {
  return files
    .filter((file) => !existsSync(new URL(`${translates}/${basename(file)}`, root)))
    .map(
      (file) =>
        `${file}: there is no ${translates}/${basename(file)}, so this translates a code that does not exist; ` +
        'rename the file after an existing code, or delete it.',
    );
}

/**
 * The glob loader, plus what it cannot do alone:
 * - the checks zod cannot make (unique `code`, existing `related`, `updated` as written), run once
 *   after every file is loaded, so bad content stops the build before any page renders;
 * - rendering at load time. Every MDX entry would otherwise become its own Vite module, and
 *   bundling thousands of them dominates the build (see docs/performance.md). A body that is plain
 *   Markdown renders to HTML here, through the same Markdown pipeline and plugins; a body that
 *   uses MDX syntax keeps the regular MDX module.
 */
export function codesLoader({ base, translates, refs, extraChecks }: CodesLoaderOptions): Loader {
  // The body is rendered here and read from its file for the Markdown copy: keeping it in the
  // store too would only grow the content module that every page's render holds in memory.
  const inner = glob({ pattern: '**/*.mdx', base, retainBody: false });
  return {
    name: 'codes-loader',
    load: async (context) => {
      await inner.load(context);
      const entries = [...context.store.values()];
      const files = entries.map((entry) => fileOf(entry, base)).sort((a, b) => a.localeCompare(b));
      const problems = translates ? orphans(files, translates, context.config.root) : [];
      if (refs) {
        const list = entries.map((entry) => ({ file: fileOf(entry, base), ...refs(entry.data) })).sort((a, b) => a.file.localeCompare(b.file));
        problems.push(...crossCheck(list, KNOWN_CONFLICTS));
      }
      if (extraChecks) {
        problems.push(...(await extraChecks(entries.map((entry) => ({ file: fileOf(entry, base), data: entry.data })), context.config.root)));
      }
      // Each file is read again where it is needed rather than held: 20,000 entries would keep
      // 200 MB of source text alive for the whole load. Synchronous reads and writes: each small file
      // through fs/promises takes four thread-pool round trips, and the load waited on them.
      const read = (file: string) => readFileSync(new URL(file, context.config.root), 'utf8');
      if (!translates) {
        for (const file of files) {
          const problem = checkWrittenDate(file, splitFrontMatter(read(file)).frontMatter);
          if (problem) problems.push(problem);
        }
      }
      if (problems.length > 0) {
        throw new Error(`Invalid content in ${base}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }

      // Rendered bodies live beside the content cache, one file per entry, not in the store: the store
      // is inlined into the prerender bundle as one module, and every byte of it stays in memory while
      // pages render (docs/performance.md). Pages read their own body with readBody().
      const folder = new URL(`${RENDERED_DIR}/${context.collection}/`, context.config.cacheDir);
      mkdirSync(folder, { recursive: true });
      const kept = new Set<string>();
      const jobs: { entry: (typeof entries)[number]; job: RenderJob }[] = [];
      for (const entry of entries) {
        if (!entry.filePath) continue;
        const name = `${entry.id}.html`;
        const bodyFile = `${RENDERED_DIR}/${context.collection}/${name}`;
        kept.add(name);
        // An unchanged entry comes back from the cache as it was: its body file is still there.
        if (!entry.deferredRender && entry.rendered?.metadata?.bodyFile === bodyFile && existsSync(new URL(name, folder))) continue;
        jobs.push({ entry, job: { file: entry.filePath, source: new URL(entry.filePath, context.config.root).href, out: new URL(name, folder).href } });
      }
      // Rendering is most of the load. Many files go to worker threads, which run the same
      // processor (src/markdown/processor.ts) with the same settings; a few render here.
      const { markdown, image, base: sitePath } = context.config;
      const outcomes: RenderOutcome[] =
        jobs.length >= POOL_MIN && canRenderInWorkers()
          ? await renderInWorkers(
              jobs.map(({ job }) => job),
              {
                base: sitePath,
                shared: {
                  image: { domains: image.domains, remotePatterns: image.remotePatterns },
                  syntaxHighlight: markdown.syntaxHighlight,
                  shikiConfig: markdown.shikiConfig,
                  gfm: markdown.gfm,
                  smartypants: markdown.smartypants,
                },
              },
            )
          : await Promise.all(
              jobs.map(({ job }) =>
                renderBody(job, async (text, fileURL) => {
                  const { html, metadata } = await context.renderMarkdown(text, { fileURL });
                  return { html, headings: metadata?.headings ?? [] };
                }),
              ),
            );
      const failed = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome.error] : []));
      // Every bad file is named, not only the first.
      if (failed.length) throw new Error(failed.sort().join('\n'));
      for (const [index, { entry }] of jobs.entries()) {
        const outcome = outcomes[index];
        // A body that uses MDX syntax keeps the MDX module path (deferred rendering).
        if (!outcome || !('headings' in outcome)) {
          kept.delete(`${entry.id}.html`);
          continue;
        }
        // set() ignores an entry whose digest it already holds, so replace it. Only the headings of
        // the metadata are kept: the front matter is in `data` already.
        const bodyFile = `${RENDERED_DIR}/${context.collection}/${entry.id}.html`;
        context.store.delete(entry.id);
        const { deferredRender: _, ...rest } = entry;
        context.store.set({ ...rest, rendered: { html: '', metadata: { headings: outcome.headings, bodyFile } } });
      }
      // Bodies of deleted entries go too, so the folder never serves a stale page.
      for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(new URL(name, folder));
    },
  };
}
