import { ui } from '../i18n/ui.ts';
import { codeUrl, localeOf, localeUrl, v2CodeUrl } from '../lib/url.ts';
import type { CodeInfo } from '../search/query.ts';
import { loadCodeMap, loadCodeMapWithV2 } from './code-map.ts';

/** Codes closest to the number: same leading digits first, then numerically nearest. */
function nearest(codes: CodeInfo[], wanted: string, count: number): CodeInfo[] {
  const value = Number(wanted);
  const shared = (code: number) => {
    const text = String(code);
    let i = 0;
    while (i < text.length && i < wanted.length && text[i] === wanted[i]) i++;
    return i;
  };
  return [...codes]
    .sort((a, b) => shared(b.code) - shared(a.code) || Math.abs(a.code - value) - Math.abs(b.code - value))
    .slice(0, count)
    .sort((a, b) => a.code - b.code);
}

/** The page of a code, V1 or V2, in a language. */
function pageOf(info: CodeInfo, locale: 'en' | 'zh'): string {
  return info.family === 'v2' ? v2CodeUrl(info.code, locale) : codeUrl(info.code, locale);
}

/**
 * Fills the 404 page's suggestion box when the missing path ends in a number (/codes/4166/, /4166,
 * /zh/codes/4166/, /v2/codes/108405/), in the language of the path. Six digits, or a /v2/ path,
 * are looked up among the V2 codes.
 */
export async function suggestCodes(box: HTMLElement): Promise<void> {
  const path = decodeURIComponent(location.pathname);
  const wanted = /(\d{2,})\/?$/.exec(path)?.[1];
  if (!wanted) return;
  const locale = localeOf(path);
  const t = ui(locale);
  const v2 = wanted.length >= 6 || /\/v2\//.test(path);
  const codes = await (v2 ? loadCodeMapWithV2() : loadCodeMap())
    .then((map) => map.index.codes.filter((entry) => (v2 ? entry.family === 'v2' : entry.family === 'v1')))
    .catch(() => [] as CodeInfo[]);
  const exact = codes.find((entry) => String(entry.code) === wanted.replace(/^0+/, ''));
  // A bare code number goes straight to its page. /404/ needs this on hosts that answer it with
  // 404.html instead of its redirect page.
  if (exact && path.replace(/\/?$/, '/') === localeUrl(`${wanted}/`, locale)) {
    location.replace(pageOf(exact, locale));
    return;
  }
  const picks = exact ? [exact] : nearest(codes, wanted, 5);
  if (picks.length === 0) return;
  const heading = document.createElement('h2');
  heading.id = 'suggestions';
  heading.textContent = exact ? t.suggestExact(exact.code) : t.suggestNearest(wanted);
  const list = document.createElement('ul');
  list.className = 'codes';
  list.setAttribute('aria-labelledby', heading.id);
  for (const entry of picks) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = pageOf(entry, locale);
    const num = document.createElement('span');
    num.className = 'num';
    num.textContent = String(entry.code);
    link.append(num, ` ${locale === 'zh' ? entry.titleZh : entry.title}`);
    item.append(link);
    list.append(item);
  }
  box.lang = locale === 'zh' ? 'zh-CN' : 'en';
  box.replaceChildren(heading, list);
  box.hidden = false;
}
