import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { crossCheck } from '../lib/validate.ts';
import type { CodeData } from '../lib/schema.ts';

/** Options for {@link codesLoader}. */
interface CodesLoaderOptions {
  /** Folder holding one `<code>.mdx` per code, relative to the project root. */
  base: string;
}

/**
 * The glob loader, plus the checks that span entries (unique `code`, existing `related`),
 * run once after every file is loaded so that bad content stops the build before any page renders.
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
      if (problems.length > 0) {
        throw new Error(`Invalid content in ${base}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}
