import type { APIRoute } from 'astro';
import { getCodes } from '../../lib/codes.ts';
import { entryBody } from '../../lib/data.ts';
import { buildVocabulary } from '../../search/query.ts';

/** Every word of the pages, most frequent first: fetched by search only to correct a misspelling. */
export const GET: APIRoute = async () => {
  const texts = await Promise.all(
    (await getCodes()).map(async (entry) => {
      const { title, summary, aliases } = entry.data;
      // Link targets are URLs, not words a reader types.
      const body = (await entryBody(entry)).replace(/\]\([^)]*\)/g, ']');
      return [title, summary, ...aliases, body].join('\n');
    }),
  );
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
