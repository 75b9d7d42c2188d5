// Every internal URL goes through here, so the site works under any BASE_PATH and in every language.
import type { Locale } from '../i18n/ui.ts';

/** The configured base path, always ending in "/". */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path under the base: url('codes/416/') is '/docs/nim/codes/416/' when BASE_PATH=/docs/nim/. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** Path under the base in a language: English has no prefix, Chinese lives under zh/. */
export function localeUrl(path: string, locale: Locale = 'en'): string {
  return url(locale === 'en' ? path : `${locale}/${path.replace(/^\/+/, '')}`);
}

/** The language of a path under the base: "/zh/codes/416/" is Chinese, everything else English. */
export function localeOf(pathname: string): Locale {
  const inner = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  const first = inner.split('/')[0];
  return (first === 'zh' ? first : 'en') as Locale;
}

/** The same page in another language: "/codes/416/" → "/zh/codes/416/" and back, base path kept. */
export function localePath(pathname: string, locale: Locale): string {
  const inner = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  const rest = localeOf(pathname) === 'en' ? inner : inner.split('/').slice(1).join('/');
  return localeUrl(rest, locale);
}

/**
 * The languages in the order the build renders their pages: Chinese first. Its search index costs
 * the most to write (word segmentation), and an index part written while the other language still
 * renders is off the build's critical path (src/integrations/pagefind.ts). The order changes no output.
 */
export const BUILD_ORDER: readonly Locale[] = ['zh', 'en'];

/** getStaticPaths entries for one page in every language (English at the root, Chinese under zh/), in BUILD_ORDER. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return BUILD_ORDER.map((locale) => ({ params: { lang: locale === 'en' ? undefined : locale }, props: { locale } }));
}

/** The page of one code. */
export function codeUrl(code: number, locale: Locale = 'en'): string {
  return localeUrl(`codes/${code}/`, locale);
}

/** The page of one V2 error code. */
export function v2CodeUrl(code: number, locale: Locale = 'en'): string {
  return localeUrl(`v2/codes/${code}/`, locale);
}

/** The V2 index: every range, and the V1 ↔ V2 crosswalk. */
export function v2IndexUrl(locale: Locale = 'en'): string {
  return localeUrl('v2/', locale);
}

/** The page of one V2 range. */
export function v2RangeUrl(slug: string, locale: Locale = 'en'): string {
  return localeUrl(`v2/ranges/${slug}/`, locale);
}

/** The page of one guide. */
export function guideUrl(slug: string, locale: Locale = 'en'): string {
  return localeUrl(`guides/${slug}/`, locale);
}

/** The page of one category. */
export function categoryUrl(slug: string, locale: Locale = 'en'): string {
  return localeUrl(`categories/${slug}/`, locale);
}

/** The search page, optionally with a query. */
export function searchUrl(query?: string, locale: Locale = 'en'): string {
  return localeUrl('search/', locale) + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/** Absolute URL from SITE_URL, for canonical links, feeds and snippets. Accepts a path made by url(). */
export function absoluteUrl(pathWithBase: string): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('SITE_URL is not set: absolute URLs need it.');
  return new URL(pathWithBase, site).href;
}
