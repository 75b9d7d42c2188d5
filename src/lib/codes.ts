import { readFileSync } from 'node:fs';
import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANG_TAG, type Locale } from '../i18n/ui.ts';
import { V2_RANGES, v2Resource } from './schema.ts';
import { BUILD_ORDER, codeUrl, guideUrl, v2CodeUrl } from './url.ts';

/** One status code entry: the facts, and the English text. */
export type CodeEntry = CollectionEntry<'codes'>;
/** One category entry. */
export type CategoryEntry = CollectionEntry<'categories'>;
/** The Chinese text of one code. */
export type TranslationEntry = CollectionEntry<'translations'>;
/** One V2 error code entry: the facts, and the English text. */
export type V2CodeEntry = CollectionEntry<'v2codes'>;
/** The Chinese text of one V2 code. */
export type V2TranslationEntry = CollectionEntry<'v2translations'>;
/** One guide entry, in English. */
export type GuideEntry = CollectionEntry<'guides'>;
/** The Chinese text of one guide. */
export type GuideTranslationEntry = CollectionEntry<'guideTranslations'>;
/** One resource range of the V2 enum. */
export type V2Range = (typeof V2_RANGES)[number];

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

/** A V2 code as one language shows it. */
export interface LocalV2Code {
  entry: V2CodeEntry;
  /** The enum's comment in that language. */
  title: string;
  summary: string;
  /** What renders the body: the translation, or the English entry when there is none yet. */
  body: V2CodeEntry | V2TranslationEntry;
  /** False when a Chinese page falls back to the English text. */
  translated: boolean;
}

/** A guide as one language shows it. */
export interface LocalGuide {
  entry: GuideEntry;
  title: string;
  summary: string;
  body: GuideEntry | GuideTranslationEntry;
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
  /** Every V2 code with a page, sorted numerically. */
  v2codes: V2CodeEntry[];
  /** V2 codes by number. */
  v2ByCode: Map<number, V2CodeEntry>;
  /** Chinese entries of V2 codes by code. */
  v2translations: Map<number, V2TranslationEntry>;
  /** The V2 codes of each range, in range order. */
  v2ByRange: Map<string, V2CodeEntry[]>;
  /** The V2 codes that name each V1 code as their counterpart, numerically. */
  v2ByV1: Map<number, V2CodeEntry[]>;
  /** The guides by slug, and their Chinese entries. */
  guides: Map<string, GuideEntry>;
  guideTranslations: Map<string, GuideTranslationEntry>;
}

let catalog: Promise<Catalog> | undefined;

// getCollection order is not stable, and thousands of pages ask for the same data:
// load the collections once, sort numerically, and share the result.
async function load(): Promise<Catalog> {
  const [codes, categories, translations, categoryTranslations, v2codes, v2translations, guides, guideTranslations] = await Promise.all([
    getCollection('codes'),
    getCollection('categories'),
    getCollection('translations'),
    getCollection('categoryTranslations'),
    getCollection('v2codes'),
    getCollection('v2translations'),
    getCollection('guides'),
    getCollection('guideTranslations'),
  ]);
  v2codes.sort((a, b) => a.data.code - b.data.code);
  const v2ByRange = new Map<string, V2CodeEntry[]>(V2_RANGES.map((range) => [range.slug, []]));
  const v2ByV1 = new Map<number, V2CodeEntry[]>();
  for (const entry of v2codes) {
    v2ByRange.get(v2RangeOf(entry.data.code).slug)?.push(entry);
    for (const pair of entry.data.v1) v2ByV1.set(pair.code, [...(v2ByV1.get(pair.code) ?? []), entry]);
  }
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
    v2codes,
    v2ByCode: new Map(v2codes.map((entry) => [entry.data.code, entry])),
    v2translations: new Map(v2translations.map((t) => [Number(t.id), t])),
    v2ByRange,
    v2ByV1,
    guides: new Map(guides.map((guide) => [guide.id, guide])),
    guideTranslations: new Map(guideTranslations.map((guide) => [guide.id, guide])),
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

/** The range a V2 code belongs to, from its number (108404 → 08 群). */
export function v2RangeOf(code: number): V2Range {
  const resource = v2Resource(code);
  const range = V2_RANGES.find((r) => r.resource === resource);
  // The schema refuses a code whose range is not listed, so this only fires on a programming error.
  if (!range) throw new Error(`V2 code ${code} has no range in content/v2/ranges.json.`);
  return range;
}

/** A range's name in a language: the enum header's Chinese, or its English rendering. */
export function rangeTitle(range: V2Range, locale: Locale = 'en'): string {
  return locale === 'zh' ? range.titleZh : range.title;
}

/** Every V2 code with a page, sorted numerically. */
export async function getV2Codes(): Promise<V2CodeEntry[]> {
  return (await getCatalog()).v2codes;
}

/** The V2 code with this number, if it has a page. */
export async function getV2Code(code: number): Promise<V2CodeEntry | undefined> {
  return (await getCatalog()).v2ByCode.get(code);
}

/** Every range that has codes, in enum order, with its codes sorted numerically. */
export async function getV2RangesWithCodes(): Promise<{ range: V2Range; codes: V2CodeEntry[] }[]> {
  const { v2ByRange } = await getCatalog();
  return V2_RANGES.map((range) => ({ range, codes: v2ByRange.get(range.slug) ?? [] })).filter((group) => group.codes.length > 0);
}

/**
 * The three-digit V2 codes that mean what the V1 code of the same number means: the V1 entries whose
 * V2 constant is not marked `differs`. Their V2 URLs redirect to the V1 page.
 */
export async function getV2SameAsV1(): Promise<CodeEntry[]> {
  return (await getCodes()).filter((entry) => typeof entry.data.constants.v2 === 'string');
}

/** A V2 code's title, summary and body in a language. A Chinese page without a translation shows the English text. */
export async function localV2Code(entry: V2CodeEntry, locale: Locale): Promise<LocalV2Code> {
  const title = v2Title(entry, locale);
  if (locale === 'en') return { entry, title, summary: entry.data.summary, body: entry, translated: true };
  const translation = (await getCatalog()).v2translations.get(entry.data.code);
  return { entry, title, summary: translation?.data.summary ?? entry.data.summary, body: translation ?? entry, translated: translation !== undefined };
}

/** The Chinese entry of a V2 code, if it has one. */
export async function getV2Translation(code: number): Promise<V2TranslationEntry | undefined> {
  return (await getCatalog()).v2translations.get(code);
}

/** The previous and next V2 code in the same range, if any. */
export async function getV2Neighbours(entry: V2CodeEntry): Promise<{ prev?: V2CodeEntry; next?: V2CodeEntry }> {
  const siblings = (await getCatalog()).v2ByRange.get(v2RangeOf(entry.data.code).slug) ?? [];
  const index = siblings.indexOf(entry);
  return { prev: siblings[index - 1], next: siblings[index + 1] };
}

/** A V2 code's name in a language: the enum's English comment (capitalised) or its Chinese one. */
export function v2Title(entry: V2CodeEntry, locale: Locale = 'en'): string {
  return locale === 'zh' ? entry.data.titleZh : entry.data.title;
}

/** "108404 Team not exist" (or "108404 群不存在"). */
export function v2Label(entry: V2CodeEntry, locale: Locale = 'en'): string {
  return `${entry.data.code} ${v2Title(entry, locale)}`;
}

/** The URL of a V2 entry's page in a language. */
export function v2EntryUrl(entry: V2CodeEntry, locale: Locale = 'en'): string {
  return v2CodeUrl(entry.data.code, locale);
}

/** Every guide, in the order the home page lists them. */
export async function getGuides(): Promise<GuideEntry[]> {
  const { guides } = await getCatalog();
  return GUIDE_ORDER.flatMap((slug) => guides.get(slug) ?? []).concat([...guides.values()].filter((guide) => !GUIDE_ORDER.includes(guide.id)));
}

/** The guides in reading order: where a code reaches you, then retries, then tokens. */
const GUIDE_ORDER = ['errors', 'retries', 'tokens'];

/** A guide's title, summary and body in a language; English where no translation exists. */
export async function localGuide(entry: GuideEntry, locale: Locale): Promise<LocalGuide> {
  const translation = locale === 'zh' ? (await getCatalog()).guideTranslations.get(entry.id) : undefined;
  return {
    entry,
    title: translation?.data.title ?? entry.data.title,
    summary: translation?.data.summary ?? entry.data.summary,
    body: translation ?? entry,
    translated: locale === 'en' || translation !== undefined,
  };
}

/** Any entry whose body a page renders. */
export type BodyEntry = CodeEntry | TranslationEntry | V2CodeEntry | V2TranslationEntry | GuideEntry | GuideTranslationEntry;

/**
 * The rendered HTML of an entry's body, read from the file the codes loader wrote it to; undefined
 * when the body uses MDX syntax and renders through render() instead.
 */
export async function readBody(entry: BodyEntry): Promise<string | undefined> {
  const file = entry.rendered?.metadata?.bodyFile;
  if (typeof file !== 'string') return undefined;
  // Read synchronously: one small file per page, and the page cannot render without it.
  return readFileSync(new URL(file, cacheDir.href.endsWith('/') ? cacheDir : new URL(`${cacheDir.href}/`)), 'utf8');
}

/**
 * Every page the search index holds (code pages, V2 code pages and guides, in both languages), with
 * the Pagefind language of its index, in the order the index receives them: the order the build
 * renders them in, so that few pages wait (src/lib/page-feeder.ts).
 */
export async function indexedPages(): Promise<{ path: string; language: string }[]> {
  const [codes, guides, v2codes] = await Promise.all([getCodes(), getGuides(), getV2Codes()]);
  // Pagefind names an index after the page's <html lang>, lower-cased.
  const language = (locale: Locale) => LANG_TAG[locale].toLowerCase();
  return [
    ...BUILD_ORDER.flatMap((locale) => codes.map((entry) => ({ path: codeUrl(entry.data.code, locale), language: language(locale) }))),
    ...BUILD_ORDER.flatMap((locale) => guides.map((entry) => ({ path: guideUrl(entry.id, locale), language: language(locale) }))),
    ...BUILD_ORDER.flatMap((locale) => v2codes.map((entry) => ({ path: v2CodeUrl(entry.data.code, locale), language: language(locale) }))),
  ];
}

/** The V2 codes for the same situation as a V1 code: those whose page names it in `v1`, numerically. */
export async function getV2Counterparts(code: number): Promise<V2CodeEntry[]> {
  return (await getCatalog()).v2ByV1.get(code) ?? [];
}
