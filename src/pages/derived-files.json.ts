import type { APIRoute } from 'astro';
import { getCodes, getV2Codes, getV2SameAsV1 } from '../lib/codes.ts';
import { codeMarkdown, codeRecord, DATA_VERSION, redirectPage, redirectRules, v1Moves, v2Markdown, v2Moves, v2Record } from '../lib/data.ts';

/**
 * Every small file derived from each code as one build-time bundle (path → text): the redirect
 * pages of bare numbers (/416/, /108404/) and of the V2 URLs of same-meaning three-digit codes
 * (/v2/codes/416/), the JSON and Markdown copies of each V1 and V2 code, and _redirects. Astro spends
 * about 2 ms on every route, so several routes per code would multiply the build at 10,000 codes; the
 * derived-files integration writes these out and deletes this file.
 */
export const GET: APIRoute = async () => {
  const [codes, v2codes, sameAsV1] = await Promise.all([getCodes(), getV2Codes(), getV2SameAsV1()]);
  const moves = [...v1Moves(codes), ...v2Moves(v2codes, sameAsV1)];
  const files: Record<string, string> = { _redirects: redirectRules(moves) };
  for (const move of moves) files[`${move.from}/index.html`] = redirectPage(move);
  for (const entry of codes) {
    const { code } = entry.data;
    files[`codes/${code}.json`] = `${JSON.stringify({ version: DATA_VERSION, ...(await codeRecord(entry)) }, null, 1)}\n`;
    files[`codes/${code}.md`] = await codeMarkdown(entry, 'en');
    files[`zh/codes/${code}.md`] = await codeMarkdown(entry, 'zh');
  }
  for (const entry of v2codes) {
    const { code } = entry.data;
    files[`v2/codes/${code}.json`] = `${JSON.stringify({ version: DATA_VERSION, ...(await v2Record(entry)) }, null, 1)}\n`;
    files[`v2/codes/${code}.md`] = await v2Markdown(entry, 'en');
    files[`zh/v2/codes/${code}.md`] = await v2Markdown(entry, 'zh');
  }
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json' } });
};
