import type { APIRoute } from 'astro';
import { getCodes, getV2Codes, getV2SameAsV1 } from '../lib/codes.ts';
import { FILE_WRITER, type FileWriter } from '../lib/file-writer.ts';
import { codeMarkdown, codeRecord, DATA_VERSION, redirectPage, redirectRules, v1Moves, v2Markdown, v2Moves, v2Record } from '../lib/data.ts';

/**
 * Makes every small file derived from each code and hands it to the build's file writer (the
 * derived-files integration, which writes it into the output in a thread of its own): the redirect
 * pages of bare numbers (/416/, /108404/) and of the V2 URLs of same-meaning three-digit codes
 * (/v2/codes/416/), the JSON and Markdown copies of each V1 and V2 code, and _redirects. Astro
 * spends about 2 ms on every route, so several routes per code would multiply the build at 10,000
 * codes; and handing each file over as it is made keeps memory flat, where one bundle of them all
 * grew with the site. This route's own output is a count; the derived-files integration removes it.
 */
export const GET: APIRoute = async () => {
  // Only a build writes the site; `astro dev` serves pages from memory and must not touch dist/.
  if (import.meta.env.DEV) return new Response(JSON.stringify({ written: 0 }), { headers: { 'Content-Type': 'application/json' } });
  const [codes, v2codes, sameAsV1] = await Promise.all([getCodes(), getV2Codes(), getV2SameAsV1()]);
  const moves = [...v1Moves(codes), ...v2Moves(v2codes, sameAsV1)];
  const writer = (globalThis as Record<symbol, FileWriter | undefined>)[FILE_WRITER];
  if (!writer) throw new Error('derived files: no file writer; the derived-files integration must be in astro.config.mjs.');
  let made = 0;
  const add = async (path: string, text: string | Promise<string>) => {
    writer.write(path, await text);
    made++;
  };
  await add('_redirects', redirectRules(moves));
  for (const move of moves) await add(`${move.from}/index.html`, redirectPage(move));
  for (const entry of codes) {
    const { code } = entry.data;
    await add(`codes/${code}.json`, codeRecord(entry).then((record) => `${JSON.stringify({ version: DATA_VERSION, ...record }, null, 1)}\n`));
    await add(`codes/${code}.md`, codeMarkdown(entry, 'en'));
    await add(`zh/codes/${code}.md`, codeMarkdown(entry, 'zh'));
  }
  for (const entry of v2codes) {
    const { code } = entry.data;
    await add(`v2/codes/${code}.json`, v2Record(entry).then((record) => `${JSON.stringify({ version: DATA_VERSION, ...record }, null, 1)}\n`));
    await add(`v2/codes/${code}.md`, v2Markdown(entry, 'en'));
    await add(`zh/v2/codes/${code}.md`, v2Markdown(entry, 'zh'));
  }
  return new Response(JSON.stringify({ made }), { headers: { 'Content-Type': 'application/json' } });
};
