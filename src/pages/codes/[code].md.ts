import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type CodeEntry } from '../../lib/codes.ts';
import { codeMarkdown } from '../../lib/data.ts';

export const getStaticPaths = (async () => {
  const codes = await getCodes();
  return codes.map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }));
}) satisfies GetStaticPaths;

/** A plain Markdown copy of one code page, for tools and language models. */
export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props }) =>
  new Response(await codeMarkdown(props.entry), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
