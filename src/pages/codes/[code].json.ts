import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type CodeEntry } from '../../lib/codes.ts';
import { codeRecord, DATA_VERSION } from '../../lib/data.ts';

export const getStaticPaths = (async () => {
  const codes = await getCodes();
  return codes.map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }));
}) satisfies GetStaticPaths;

/** One code as data, in the same shape as an item of /codes.json. */
export const GET: APIRoute<{ entry: CodeEntry }> = ({ props }) =>
  new Response(JSON.stringify({ version: DATA_VERSION, ...codeRecord(props.entry) }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
