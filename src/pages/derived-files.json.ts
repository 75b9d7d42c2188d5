import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes.ts';
import { codeMarkdown, codeRecord, DATA_VERSION, redirectPage, redirectRules } from '../lib/data.ts';

/**
 * Every small file derived from each code (/<code>/ redirect page, /codes/<code>.json,
 * /codes/<code>.md, /zh/codes/<code>.md) plus _redirects, as one build-time bundle: path → text. Astro spends about
 * 2 ms on every route, so three routes per code would triple the build at 10,000 codes; the
 * derived-files integration writes these out and deletes this file.
 */
export const GET: APIRoute = async () => {
  const codes = await getCodes();
  const files: Record<string, string> = { _redirects: redirectRules(codes) };
  for (const entry of codes) {
    const { code } = entry.data;
    files[`${code}/index.html`] = redirectPage(entry);
    files[`codes/${code}.json`] = `${JSON.stringify({ version: DATA_VERSION, ...(await codeRecord(entry)) }, null, 1)}\n`;
    files[`codes/${code}.md`] = await codeMarkdown(entry, 'en');
    files[`zh/codes/${code}.md`] = await codeMarkdown(entry, 'zh');
  }
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json' } });
};
