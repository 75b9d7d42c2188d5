// Reads the content straight from content/, independently of the site's own code,
// so that tests compare what was published with what was written.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter as splitText } from '../../src/lib/front-matter.ts';

export interface Code {
  file: string;
  code: number;
  title: string;
  category: string;
  summary: string;
  retry: string;
  outcome: string;
  related: number[];
  updated: string;
  titleZh: string;
  seenIn: string[];
  seenInInferred?: string[];
  constants?: Record<string, string | { name: string; differs: true }>;
  aliases?: string[];
  v2Codes?: number[];
  body: string;
}

export interface Category {
  slug: string;
  title: string;
  order: number;
  description: string;
}

const root = 'content';

/** Splits an MDX file into its YAML front matter and its body. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const { frontMatter, body } = splitText(text);
  if (!frontMatter) throw new Error('no front matter');
  // YAML 1.2 core schema, as the site's own parser reads it ("no" stays a string).
  return { data: parse(frontMatter, { version: '1.2' }) as Record<string, unknown>, body };
}

/**
 * Every code entry, sorted numerically. `v2Codes` is what the site shows for it: the V2 pages that
 * name the code in their `v1` field (the pair is written once, on the V2 page).
 */
export function readCodes(): Code[] {
  const dir = join(root, 'codes');
  const v2 = readV2Codes();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
      const updated = data.updated instanceof Date ? data.updated.toISOString().slice(0, 10) : String(data.updated);
      const v2Codes = v2.filter((entry) => entry.v1?.some((pair) => pair.code === data.code)).map((entry) => entry.code);
      return { ...(data as Omit<Code, 'file' | 'body' | 'updated'>), updated, v2Codes, file: join(dir, name), body };
    })
    .sort((a, b) => a.code - b.code);
}

/** The categories, in display order. */
export function readCategories(): Category[] {
  return (JSON.parse(readFileSync(join(root, 'categories.json'), 'utf8')) as Category[]).sort((a, b) => a.order - b.order);
}

/** One Chinese entry, content/zh/codes/<code>.mdx: translated text only. */
export interface Translation {
  file: string;
  /** The code, from the file name. */
  code: number;
  /** Every front-matter key, to check that only translated fields are there. */
  data: Record<string, unknown>;
  summary: string;
  body: string;
}

/** Every Chinese entry, sorted numerically. */
export function readTranslations(): Translation[] {
  const dir = join(root, 'zh', 'codes');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
      return { file: join(dir, name), code: Number(name.replace(/\.mdx$/, '')), data, summary: String(data.summary ?? ''), body };
    })
    .sort((a, b) => a.code - b.code);
}

/** One V2 code entry, content/v2/<code>.mdx. */
export interface V2Code {
  file: string;
  code: number;
  constant: string;
  title: string;
  titleTranslated?: boolean;
  titleZh: string;
  summary: string;
  retry: string;
  outcome: string;
  seenIn: string[];
  seenInInferred?: string[];
  related?: number[];
  v1?: { code: number; basis: 'sourced' | 'inferred' }[];
  aliases?: string[];
  updated: string;
  body: string;
}

/** Reads every .mdx file of a folder: front matter and body, sorted by file name as a number. */
function readFolder<T>(dir: string, shape: (name: string, data: Record<string, unknown>, body: string) => T): T[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return names
    .sort((a, b) => Number(a.replace(/\.mdx$/, '')) - Number(b.replace(/\.mdx$/, '')) || a.localeCompare(b))
    .map((name) => {
      const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
      return shape(name, data, body);
    });
}

/** YAML dates come back as Date objects; the tests compare the written day. */
function day(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Every V2 code entry, sorted numerically. */
export function readV2Codes(): V2Code[] {
  const dir = join(root, 'v2');
  return readFolder(dir, (name, data, body) => ({ ...(data as Omit<V2Code, 'file' | 'body' | 'updated'>), updated: day(data.updated), file: join(dir, name), body }));
}

/** Every Chinese V2 entry, sorted numerically. */
export function readV2Translations(): Translation[] {
  const dir = join(root, 'zh', 'v2');
  return readFolder(dir, (name, data, body) => ({ file: join(dir, name), code: Number(name.replace(/\.mdx$/, '')), data, summary: String(data.summary ?? ''), body }));
}

/** One guide, content/guides/<slug>.mdx or its Chinese text. */
export interface Guide {
  file: string;
  slug: string;
  title: string;
  summary: string;
  updated?: string;
  body: string;
}

/** Every guide in a language. */
export function readGuides(locale: 'en' | 'zh' = 'en'): Guide[] {
  const dir = locale === 'en' ? join(root, 'guides') : join(root, 'zh', 'guides');
  return readFolder(dir, (name, data, body) => ({
    file: join(dir, name),
    slug: name.replace(/\.mdx$/, ''),
    title: String(data.title ?? ''),
    summary: String(data.summary ?? ''),
    ...(data.updated ? { updated: day(data.updated) } : {}),
    body,
  }));
}

/** The V2 ranges, content/v2/ranges.json. */
export function readV2Ranges(): { resource: number; slug: string; title: string; titleZh: string }[] {
  return JSON.parse(readFileSync(join(root, 'v2', 'ranges.json'), 'utf8'));
}
