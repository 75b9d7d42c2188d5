import type { APIRoute } from 'astro';
import { ui } from '../../i18n/ui.ts';
import { getCategories, getCodes } from '../../lib/codes.ts';
import { filterLabels, searchMapRow } from '../../lib/search-map.ts';
import type { SearchMap } from '../../search/map.ts';

/** The search map: every code with its titles, constant names, aliases and V2 codes (src/search/map.ts). */
export const GET: APIRoute = async () => {
  const categories = (await getCategories()).map((c) => c.data);
  const map: SearchMap = {
    filters: filterLabels(categories, ui('en')),
    codes: (await getCodes()).map((entry) => searchMapRow(entry.data)),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
