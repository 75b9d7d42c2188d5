// The text of the V1 code pages as the content tests read it: a page's summary and body with
// whitespace folded, and one `##` section of it, in English or in Chinese.
import assert from 'node:assert/strict';
import { readCodes, readTranslations, type Code } from './content.ts';

const codes = readCodes();
const translations = readTranslations();

/** The English entry of a code; fails the test when there is none. */
export function page(n: number): Code {
  const entry = codes.find((c) => c.code === n);
  assert.ok(entry, `code ${n} exists`);
  return entry;
}

/** The English summary and body as one text, whitespace folded, for phrase checks. */
export function en(n: number): string {
  const entry = page(n);
  return `${entry.summary}\n${entry.body}`.replace(/\s+/g, ' ');
}

/** The Chinese summary and body as one text, whitespace folded; fails the test when there is no translation. */
export function zh(n: number): string {
  const entry = translations.find((t) => t.code === n);
  assert.ok(entry, `zh ${n} exists`);
  return `${entry.summary}\n${entry.body}`.replace(/\s+/g, ' ');
}

/** One `##` section of a body, whitespace folded ('' when the body has no such section). */
export function sectionOf(body: string, heading: string): string {
  const part = body.split(/^## /m).find((p) => p.startsWith(`${heading}\n`)) ?? '';
  return part.slice(heading.length).replace(/\s+/g, ' ');
}

/** One section of the English page, by its English heading. */
export function enSection(n: number, heading: string): string {
  return sectionOf(page(n).body, heading);
}

/** One section of the Chinese page, by its Chinese heading. */
export function zhSection(n: number, heading: string): string {
  return sectionOf(translations.find((t) => t.code === n)?.body ?? '', heading);
}
