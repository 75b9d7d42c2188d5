import type { APIRoute } from 'astro';
import { LOCALES, ui } from '../../i18n/ui.ts';
import { getCategories, getCodes, getV2Counterparts, localCategory } from '../../lib/codes.ts';
import { filterLabels, searchMapRow } from '../../lib/search-map.ts';
import type { SearchMap } from '../../search/map.ts';

/** The search map, one for both languages: every code with its titles, constant names, aliases and V2 codes (src/search/map.ts). */
export const GET: APIRoute = async () => {
  const categories = await getCategories();
  const filters = await Promise.all(
    LOCALES.map(async (locale) => [locale, filterLabels(await Promise.all(categories.map((c) => localCategory(c, locale))), ui(locale))] as const),
  );
  const map: SearchMap = {
    filters: Object.fromEntries(filters),
    codes: await Promise.all(
      (await getCodes()).map(async (entry) => searchMapRow(entry.data, (await getV2Counterparts(entry.data.code)).map((v2) => v2.data.code))),
    ),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
