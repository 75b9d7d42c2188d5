import type { APIRoute } from 'astro';
import { LOCALES, ui } from '../../i18n/ui.ts';
import { getCategories, getCodes, localCategory } from '../../lib/codes.ts';
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
    codes: (await getCodes()).map((entry) => searchMapRow(entry.data)),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
