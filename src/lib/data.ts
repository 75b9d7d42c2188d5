import { readFileSync } from 'node:fs';
import { root } from 'astro:config/server';
import {
  codeLabel,
  getCategory,
  getTranslation,
  getV2Counterparts,
  getV2Translation,
  localCategory,
  localCode,
  localV2Code,
  rangeTitle,
  v2Label,
  v2RangeOf,
  type CodeEntry,
  type V2CodeEntry,
} from './codes.ts';
import { escapeMarkup } from './escape.ts';
import { splitFrontMatter } from './front-matter.ts';
import { ui, type Locale } from '../i18n/ui.ts';
import { publishedConstants } from './sdk-names.ts';
import { absoluteUrl, codeUrl, url, v2CodeUrl } from './url.ts';

/** Version of the /codes.json and /codes/<code>.json format; raise it on any breaking change. */
export const DATA_VERSION = 1;

/** YYYY-MM-DD, the way the front matter writes dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One code as published in /codes.json and /codes/<code>.json. Fields are only ever added. */
export async function codeRecord(entry: CodeEntry) {
  const { code, title, titleZh, category, summary, retry, outcome, updated, related, seenIn, seenInInferred, aliases } = entry.data;
  const { constants, meaningDiffers } = publishedConstants(entry.data.constants);
  return {
    code,
    title,
    titleZh,
    category,
    summary,
    retry,
    outcome,
    // The Chinese summary, or null while the code has no Chinese entry.
    summaryZh: (await getTranslation(code))?.data.summary ?? null,
    url: absoluteUrl(codeUrl(code)),
    urlZh: absoluteUrl(codeUrl(code, 'zh')),
    updated: isoDay(updated),
    related,
    seenIn,
    seenInInferred,
    constants,
    meaningDiffers,
    aliases,
    // The V2 codes for the same situation, from the pairs the V2 pages list.
    v2Codes: (await getV2Counterparts(code)).map((other) => other.data.code),
  };
}

/** One V2 code as published in /v2/codes.json and /v2/codes/<code>.json: the V1 fields, plus the constant, the range and the V1 counterparts. */
export async function v2Record(entry: V2CodeEntry) {
  const { code, constant, title, titleZh, titleTranslated, summary, retry, outcome, updated, related, seenIn, seenInInferred, aliases, v1 } = entry.data;
  const range = v2RangeOf(code);
  return {
    code,
    constant,
    title,
    titleZh,
    titleTranslated,
    range: { resource: range.resource, slug: range.slug, title: range.title, titleZh: range.titleZh },
    summary,
    retry,
    outcome,
    summaryZh: (await getV2Translation(code))?.data.summary ?? null,
    url: absoluteUrl(v2CodeUrl(code)),
    urlZh: absoluteUrl(v2CodeUrl(code, 'zh')),
    updated: isoDay(updated),
    related,
    seenIn,
    seenInInferred,
    v1,
    aliases,
  };
}

/** Site pages a Chinese copy links in Chinese (as the build does for the pages themselves). */
const PAGE_PATH = /^\/(?:codes|v2|guides|categories|about)\/(?:[^.?#]*\/)?(?:[?#].*)?$/;

/** Root-relative links in a body made absolute, in the page's language, for copies read off the site. */
function absoluteLinks(markdown: string, locale: Locale): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => {
    const local = locale === 'zh' && PAGE_PATH.test(path) ? `/zh${path}` : path;
    return `](${absoluteUrl(url(local))})`;
  });
}

/**
 * The Markdown body of an entry, read from its own file (the content store does not keep it).
 * Synchronously: thousands of small reads cost far less than through file handles.
 */
export async function entryBody(entry: { filePath?: string | undefined; id: string }): Promise<string> {
  if (!entry.filePath) throw new Error(`entry ${entry.id} has no source file`);
  return splitFrontMatter(readFileSync(new URL(entry.filePath, root), 'utf8')).body;
}

/**
 * The plain Markdown copy of a code page in a language, served at /codes/<code>.md and
 * /zh/codes/<code>.md, from the entry's own file (the English one while a translation is missing).
 */
export async function codeMarkdown(entry: CodeEntry, locale: Locale = 'en'): Promise<string> {
  const { code, retry, outcome, updated } = entry.data;
  const t = ui(locale);
  const local = await localCode(entry, locale);
  const category = await localCategory(await getCategory(entry.data.category), locale);
  const body = await entryBody(local.body);
  return [
    `# ${code} ${local.title}`,
    '',
    `> ${local.summary}`,
    '',
    `- ${t.md.category}: ${category.title}`,
    `- ${t.md.outcome}: ${t.outcome[outcome]}`,
    `- ${t.md.retry}: ${t.retry[retry].label}. ${t.retry[retry].advice}`,
    `- ${t.md.updated}: ${isoDay(updated)}`,
    `- ${t.md.page}: ${absoluteUrl(codeUrl(code, locale))}`,
    ...(local.translated ? [] : ['', `> ${t.notTranslated}`]),
    '',
    absoluteLinks(body, local.translated ? locale : 'en').trim(),
    '',
  ].join('\n');
}

/**
 * The plain Markdown copy of a V2 code page in a language, served at /v2/codes/<code>.md and
 * /zh/v2/codes/<code>.md.
 */
export async function v2Markdown(entry: V2CodeEntry, locale: Locale = 'en'): Promise<string> {
  const { code, constant, retry, outcome, updated } = entry.data;
  const t = ui(locale);
  const local = await localV2Code(entry, locale);
  const body = await entryBody(local.body);
  return [
    `# ${code} ${local.title}`,
    '',
    `> ${local.summary}`,
    '',
    `- ${t.constantLabel}: \`${constant}\``,
    `- ${t.rangeLabel}: ${String(v2RangeOf(code).resource).padStart(2, '0')} ${rangeTitle(v2RangeOf(code), locale)}`,
    `- ${t.md.outcome}: ${t.outcome[outcome]}`,
    `- ${t.md.retry}: ${t.retry[retry].label}. ${t.retry[retry].advice}`,
    `- ${t.md.updated}: ${isoDay(updated)}`,
    `- ${t.md.page}: ${absoluteUrl(v2CodeUrl(code, locale))}`,
    ...(local.translated ? [] : ['', `> ${t.notTranslated}`]),
    '',
    absoluteLinks(body, local.translated ? locale : 'en').trim(),
    '',
  ].join('\n');
}

/** A path that has moved: where it is now, and how the page there is named. */
export interface Move {
  /** The path under the base that now redirects, without a trailing slash: "416", "v2/codes/416". */
  from: string;
  /** The target page's path, made by url(): "/codes/416/". */
  to: string;
  /** "416 Frequency control", for the link on the redirect page. */
  label: string;
  /** Language of the target page. */
  locale: Locale;
}

/** Every bare V1 number (/416) to its page. */
export function v1Moves(entries: CodeEntry[]): Move[] {
  return entries.map((entry) => ({ from: String(entry.data.code), to: codeUrl(entry.data.code), label: codeLabel(entry), locale: 'en' }));
}

/**
 * Every bare six-digit V2 number (/108404) to its page, and the V2 URL of each three-digit code that
 * V2 keeps with its V1 meaning (/v2/codes/416/) to the V1 page, in both languages.
 */
export function v2Moves(entries: V2CodeEntry[], sameAsV1: CodeEntry[]): Move[] {
  const bare = entries
    .filter((entry) => entry.data.code >= 100000)
    .map((entry): Move => ({ from: String(entry.data.code), to: v2CodeUrl(entry.data.code), label: v2Label(entry), locale: 'en' }));
  const same = sameAsV1.flatMap((entry) =>
    (['en', 'zh'] as const).map(
      (locale): Move => ({
        from: `${locale === 'zh' ? 'zh/' : ''}v2/codes/${entry.data.code}`,
        to: codeUrl(entry.data.code, locale),
        label: codeLabel(entry, locale),
        locale,
      }),
    ),
  );
  return [...bare, ...same];
}

/**
 * The page at a moved path for hosts without redirect rules: a meta refresh to the new page, which
 * search engines treat as a permanent move, with noindex and the target as canonical.
 */
export function redirectPage(move: Move): string {
  const label = escapeMarkup(move.label);
  const t = ui(move.locale);
  return (
    `<!DOCTYPE html><html lang="${move.locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<title>${escapeMarkup(t.redirectTitle(move.label.split(' ')[0] ?? ''))}</title><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${absoluteUrl(move.to)}"><meta http-equiv="refresh" content="0; url=${move.to}">` +
    `</head><body><p>${escapeMarkup(t.redirectLead)}<a href="${move.to}">${label}</a>${t.redirectEnd}</p></body></html>\n`
  );
}

/** Real 301s for every moved path, for hosts that read _redirects (Netlify, Cloudflare Pages). */
export function redirectRules(moves: Move[]): string {
  // "!" forces the rule over the static redirect page that exists at the same path (Netlify shadowing).
  const lines = moves.flatMap((move) => {
    const from = url(move.from);
    return [`${from} ${move.to} 301!`, `${from}/ ${move.to} 301!`];
  });
  return `# Generated by the build from the content entries.\n${lines.join('\n')}\n`;
}
