import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRoute } from 'astro';
import { outDir } from 'astro:config/server';
import { getCodes, getV2Codes, getV2SameAsV1 } from '../lib/codes.ts';
import { codeMarkdown, codeRecord, DATA_VERSION, redirectPage, redirectRules, v1Moves, v2Markdown, v2Moves, v2Record } from '../lib/data.ts';

/**
 * Writes every small file derived from each code straight into the build output: the redirect
 * pages of bare numbers (/416/, /108404/) and of the V2 URLs of same-meaning three-digit codes
 * (/v2/codes/416/), the JSON and Markdown copies of each V1 and V2 code, and _redirects. Astro
 * spends about 2 ms on every route, so several routes per code would multiply the build at 10,000
 * codes; and writing each file as it is made keeps memory flat, where one bundle of them all grew
 * with the site. This route's own output is a count; the derived-files integration removes it.
 */
export const GET: APIRoute = async () => {
  // Only a build writes the site; `astro dev` serves pages from memory and must not touch dist/.
  if (import.meta.env.DEV) return new Response(JSON.stringify({ written: 0 }), { headers: { 'Content-Type': 'application/json' } });
  const [codes, v2codes, sameAsV1] = await Promise.all([getCodes(), getV2Codes(), getV2SameAsV1()]);
  const moves = [...v1Moves(codes), ...v2Moves(v2codes, sameAsV1)];
  const folders = new Set<string>();
  let written = 0;
  // Synchronous writes: thousands of small files cost far less this way than through file handles,
  // and nothing else waits on this route.
  const add = async (path: string, text: string | Promise<string>) => {
    const file = new URL(path, outDir);
    const folder = dirname(fileURLToPath(file));
    if (!folders.has(folder)) {
      folders.add(folder);
      mkdirSync(folder, { recursive: true });
    }
    writeFileSync(file, await text);
    written++;
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
  return new Response(JSON.stringify({ written }), { headers: { 'Content-Type': 'application/json' } });
};
