import { ui } from '../i18n/ui.ts';
import { codeUrl, localeOf, localeUrl } from '../lib/url.ts';
import type { CodeInfo } from '../search/query.ts';
import { loadCodeMap } from './code-map.ts';

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

/**
 * Fills the 404 page's suggestion box when the missing path ends in a number (/codes/4166/, /4166,
 * /zh/codes/4166/), in the language of the path.
 */
export async function suggestCodes(box: HTMLElement): Promise<void> {
  const path = decodeURIComponent(location.pathname);
  const wanted = /(\d{2,})\/?$/.exec(path)?.[1];
  if (!wanted) return;
  const locale = localeOf(path);
  const t = ui(locale);
  const codes = await loadCodeMap()
    .then((map) => map.index.codes)
    .catch(() => [] as CodeInfo[]);
  const exact = codes.find((entry) => String(entry.code) === wanted.replace(/^0+/, ''));
  // A bare code number goes straight to its page. /404/ needs this on hosts that answer it with
  // 404.html instead of its redirect page.
  if (exact && path.replace(/\/?$/, '/') === localeUrl(`${wanted}/`, locale)) {
    location.replace(codeUrl(exact.code, locale));
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
    link.href = codeUrl(entry.code, locale);
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
