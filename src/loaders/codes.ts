import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkWrittenDate, crossCheck } from '../lib/validate.ts';
import type { CodeData } from '../lib/schema.ts';

/** Options for {@link codesLoader}. */
interface CodesLoaderOptions {
  /** Folder holding one `<code>.mdx` per code, relative to the project root. */
  base: string;
}

/**
 * The glob loader, plus the checks zod cannot make (unique `code`, existing `related`, and
 * `updated` as written), run once after every file is loaded, so that bad content stops the
 * build before any page renders.
 */
export function codesLoader({ base }: CodesLoaderOptions): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'codes-loader',
    load: async (context) => {
      await inner.load(context);
      const entries = [...context.store.values()].map((entry) => {
        const data = entry.data as CodeData;
        return { file: entry.filePath ?? `${base}/${entry.id}.mdx`, code: data.code, related: data.related };
      });
      entries.sort((a, b) => a.file.localeCompare(b.file));
      const problems = crossCheck(entries);
      for (const { file } of entries) {
        const text = await readFile(new URL(file, context.config.root), 'utf8');
        const problem = checkWrittenDate(file, text.split(/^---$/m)[1] ?? '');
        if (problem) problems.push(problem);
      }
      if (problems.length > 0) {
        throw new Error(`Invalid content in ${base}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}
