import type { APIRoute } from 'astro';
import { getV2Codes } from '../../lib/codes.ts';
import { v2SearchMapRow } from '../../lib/search-map.ts';

/** Every V2 code as a row of the search map (src/search/map.ts), fetched only for a query that looks like V2. */
export const GET: APIRoute = async () => {
  const rows = (await getV2Codes()).map((entry) => v2SearchMapRow(entry.data));
  return new Response(JSON.stringify({ v2: rows }), { headers: { 'Content-Type': 'application/json' } });
};
