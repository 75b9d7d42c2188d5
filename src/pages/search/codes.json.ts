import type { APIRoute } from 'astro';
import { getCategories, getCodes } from '../../lib/codes.ts';

/** The number lookup's map, [code, title, category title] per code: small, so a bare number is answered without Pagefind. */
export const GET: APIRoute = async () => {
  const titles = new Map((await getCategories()).map((c) => [c.data.slug, c.data.title]));
  const rows = (await getCodes()).map((entry) => [entry.data.code, entry.data.title, titles.get(entry.data.category)]);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
