import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui.ts';
import { codeUrl } from './url.ts';

/** One status code entry: the facts, and the English text. */
export type CodeEntry = CollectionEntry<'codes'>;
/** One category entry. */
export type CategoryEntry = CollectionEntry<'categories'>;
/** The Chinese text of one code. */
export type TranslationEntry = CollectionEntry<'translations'>;

/** A code as one language shows it. */
export interface LocalCode {
  entry: CodeEntry;
  /** The official wording in that language: the English table's title, or the Chinese table's. */
  title: string;
  summary: string;
  /** What renders the body: the translation, or the English entry when there is none yet. */
  body: CodeEntry | TranslationEntry;
  /** False when a Chinese page falls back to the English text. */
  translated: boolean;
}

/** A category as one language shows it. */
export interface LocalCategory {
  slug: string;
  title: string;
  description: string;
}

/** Codes, categories and their translations, loaded once per build and indexed for O(1) lookups. */
interface Catalog {
  codes: CodeEntry[];
  categories: CategoryEntry[];
  byCategory: Map<string, CodeEntry[]>;
  categoryBySlug: Map<string, CategoryEntry>;
  /** Index of each code within its category's list, for previous/next links. */
  position: Map<number, number>;
  /** Chinese entries by code (the file name). */
  translations: Map<number, TranslationEntry>;
  /** Chinese category names and descriptions by slug. */
  categoryTranslations: Map<string, { title: string; description: string }>;
}

let catalog: Promise<Catalog> | undefined;

// getCollection order is not stable, and thousands of pages ask for the same data:
// load the collections once, sort numerically, and share the result.
async function load(): Promise<Catalog> {
  const [codes, categories, translations, categoryTranslations] = await Promise.all([
    getCollection('codes'),
    getCollection('categories'),
    getCollection('translations'),
    getCollection('categoryTranslations'),
  ]);
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
    translations: new Map(translations.map((t) => [Number(t.id), t])),
    categoryTranslations: new Map(categoryTranslations.map((c) => [c.data.slug, c.data])),
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

/** A category's name and description in a language; English where no translation exists. */
export async function localCategory(category: CategoryEntry, locale: Locale): Promise<LocalCategory> {
  const { slug, title, description } = category.data;
  const zh = locale === 'zh' ? (await getCatalog()).categoryTranslations.get(slug) : undefined;
  return { slug, title: zh?.title ?? title, description: zh?.description ?? description };
}

/** A code's title, summary and body in a language. A Chinese page without a translation shows the English text. */
export async function localCode(entry: CodeEntry, locale: Locale): Promise<LocalCode> {
  if (locale === 'en') {
    return { entry, title: localTitle(entry, locale), summary: entry.data.summary, body: entry, translated: true };
  }
  const translation = (await getCatalog()).translations.get(entry.data.code);
  return {
    entry,
    title: localTitle(entry, locale),
    summary: translation?.data.summary ?? entry.data.summary,
    body: translation ?? entry,
    translated: translation !== undefined,
  };
}

/** The Chinese entry of a code, if it has one. */
export async function getTranslation(code: number): Promise<TranslationEntry | undefined> {
  return (await getCatalog()).translations.get(code);
}

/** The previous and next code in the same category, if any. */
export async function getNeighbours(entry: CodeEntry): Promise<{ prev?: CodeEntry; next?: CodeEntry }> {
  const { byCategory, position } = await getCatalog();
  const siblings = byCategory.get(entry.data.category) ?? [];
  const index = position.get(entry.data.code) ?? -1;
  return { prev: siblings[index - 1], next: siblings[index + 1] };
}

/** A code's official name in a language: the English table's wording, or the Chinese table's. */
export function localTitle(entry: CodeEntry, locale: Locale = 'en'): string {
  return locale === 'zh' ? entry.data.titleZh : entry.data.title;
}

/** "416 Frequency control" (or "416 频率控制"): the way a code is named everywhere. */
export function codeLabel(entry: CodeEntry, locale: Locale = 'en'): string {
  return `${entry.data.code} ${localTitle(entry, locale)}`;
}

/** The URL of an entry's page in a language. */
export function entryUrl(entry: CodeEntry, locale: Locale = 'en'): string {
  return codeUrl(entry.data.code, locale);
}
