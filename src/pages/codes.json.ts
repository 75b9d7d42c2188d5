import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes.ts';
import { codeRecord, DATA_VERSION } from '../lib/data.ts';
import { absoluteUrl, url } from '../lib/url.ts';

/** Every code as data; the format is documented in the README. */
export const GET: APIRoute = async () => {
  const codes = await Promise.all((await getCodes()).map(codeRecord));
  const body = { version: DATA_VERSION, site: absoluteUrl(url()), codes };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
