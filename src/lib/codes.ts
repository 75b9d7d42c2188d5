import { getCollection, type CollectionEntry } from 'astro:content';
import { codeUrl } from './url.ts';

/** One status code entry. */
export type CodeEntry = CollectionEntry<'codes'>;
/** One category entry. */
export type CategoryEntry = CollectionEntry<'categories'>;

/** Codes and categories, loaded once per build and indexed for O(1) lookups. */
interface Catalog {
  codes: CodeEntry[];
  categories: CategoryEntry[];
  byCategory: Map<string, CodeEntry[]>;
  categoryBySlug: Map<string, CategoryEntry>;
  /** Index of each code within its category's list, for previous/next links. */
  position: Map<number, number>;
}

let catalog: Promise<Catalog> | undefined;

// getCollection order is not stable, and thousands of pages ask for the same data:
// load both collections once, sort numerically, and share the result.
async function load(): Promise<Catalog> {
  const [codes, categories] = await Promise.all([getCollection('codes'), getCollection('categories')]);
  codes.sort((a, b) => a.data.code - b.data.code);
  categories.sort((a, b) => a.data.order - b.data.order);
  const byCategory = new Map<string, CodeEntry[]>(categories.map((c) => [c.data.slug, []]));
  const position = new Map<number, number>();
  for (const entry of codes) {
    const siblings = byCategory.get(entry.data.category);
    if (!siblings) continue;
    position.set(entry.data.code, siblings.length);
    siblings.push(entry);
  }
  return {
    codes,
    categories,
    byCategory,
    categoryBySlug: new Map(categories.map((c) => [c.data.slug, c])),
    position,
  };
}

function getCatalog(): Promise<Catalog> {
  return (catalog ??= load());
}

/** Every code, sorted numerically. */
export async function getCodes(): Promise<CodeEntry[]> {
  return (await getCatalog()).codes;
}

/** Every category, in display order. */
export async function getCategories(): Promise<CategoryEntry[]> {
  return (await getCatalog()).categories;
}

/** Every category with its codes, sorted numerically. */
export async function getCategoriesWithCodes(): Promise<{ category: CategoryEntry; codes: CodeEntry[] }[]> {
  const { categories, byCategory } = await getCatalog();
  return categories.map((category) => ({ category, codes: byCategory.get(category.data.slug) ?? [] }));
}

/** The category an entry belongs to. */
export async function getCategory(slug: string): Promise<CategoryEntry> {
  const category = (await getCatalog()).categoryBySlug.get(slug);
  if (!category) throw new Error(`Unknown category "${slug}".`);
  return category;
}

/** The previous and next code in the same category, if any. */
export async function getNeighbours(entry: CodeEntry): Promise<{ prev?: CodeEntry; next?: CodeEntry }> {
  const { byCategory, position } = await getCatalog();
  const siblings = byCategory.get(entry.data.category) ?? [];
  const index = position.get(entry.data.code) ?? -1;
  return { prev: siblings[index - 1], next: siblings[index + 1] };
}

/** "416 Frequency control": the way a code is named everywhere. */
export function codeLabel(entry: CodeEntry): string {
  return `${entry.data.code} ${entry.data.title}`;
}

/** The URL of an entry's page. */
export function entryUrl(entry: CodeEntry): string {
  return codeUrl(entry.data.code);
}
