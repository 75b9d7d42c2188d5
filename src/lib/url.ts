// Every internal URL goes through here, so the site works under any BASE_PATH.

/** The configured base path, always ending in "/". */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path under the base: url('codes/416/') is '/docs/nim/codes/416/' when BASE_PATH=/docs/nim/. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** The page of one code. */
export function codeUrl(code: number): string {
  return url(`codes/${code}/`);
}

/** The page of one category. */
export function categoryUrl(slug: string): string {
  return url(`categories/${slug}/`);
}

/** The search page, optionally with a query. */
export function searchUrl(query?: string): string {
  return url('search/') + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/** Absolute URL from SITE_URL, for canonical links, feeds and snippets. Accepts a path made by url(). */
export function absoluteUrl(pathWithBase: string): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('SITE_URL is not set: absolute URLs need it.');
  return new URL(pathWithBase, site).href;
}
