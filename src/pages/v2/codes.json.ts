import type { APIRoute } from 'astro';
import { getV2Codes } from '../../lib/codes.ts';
import { DATA_VERSION, v2Record } from '../../lib/data.ts';
import { absoluteUrl, url } from '../../lib/url.ts';

/** Every V2 code as data: the fields of /codes.json plus the constant, the range and the V1 counterparts (README). */
export const GET: APIRoute = async () => {
  const codes = await Promise.all((await getV2Codes()).map(v2Record));
  const body = { version: DATA_VERSION, site: absoluteUrl(url()), enum: 'netease-im/node-nim@290c791a ts/v2_def/v2_nim_enum_def.ts', codes };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
