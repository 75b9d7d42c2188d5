import type { APIRoute } from 'astro';
import { LOCALES, ui } from '../../i18n/ui.ts';
import { getCategories, getCodes, getV2Codes, getV2Counterparts, indexedPages, localCategory } from '../../lib/codes.ts';
import { filterLabels, searchMapRow, v2SearchMapRow } from '../../lib/search-map.ts';
import { extraShards, planShards, shardSize } from '../../lib/search-shards.ts';
import type { SearchMap } from '../../search/map.ts';

/**
 * The search map, one for both languages: every V1 code with its titles, constant names, aliases
 * and V2 codes, the three-digit V2 codes (a number such as 417 means one thing in V1 and another in
 * V2), and the shards of the search index when it is split (src/search/map.ts).
 */
export const GET: APIRoute = async () => {
  const categories = await getCategories();
  const filters = await Promise.all(
    LOCALES.map(async (locale) => [locale, filterLabels(await Promise.all(categories.map((c) => localCategory(c, locale))), ui(locale))] as const),
  );
  const shards = extraShards(planShards(await indexedPages(), shardSize(process.env)));
  const map: SearchMap = {
    filters: Object.fromEntries(filters),
    codes: await Promise.all(
      (await getCodes()).map(async (entry) => searchMapRow(entry.data, (await getV2Counterparts(entry.data.code)).map((v2) => v2.data.code))),
    ),
    // Their numbers, names and constants only: their aliases come with /search/v2.json, for V2 queries.
    v2: (await getV2Codes()).filter((entry) => entry.data.code < 1000).map((entry) => v2SearchMapRow({ ...entry.data, aliases: [] })),
    ...(Object.keys(shards).length ? { shards } : {}),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
