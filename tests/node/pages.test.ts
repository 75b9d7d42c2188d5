// Every page a reader can land on, read once from each built site: what it shows (h1, title,
// summary, the other language's name, breadcrumbs, where the code is seen, SDK names, sections,
// related codes), what search engines read (canonical, description, Open Graph, JSON-LD), and where
// bare numbers lead. A browser adds nothing to these checks; tests/e2e keeps what needs one.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { readCategories, readCodes, readGuides, readTranslations, readV2Codes, readV2Ranges, readV2Translations } from '../support/content.ts';
import { SITES } from '../support/sites.ts';

const codes = readCodes();
const translations = readTranslations();
const categories = readCategories();
const v2codes = readV2Codes();
const v2translations = readV2Translations();
const ranges = readV2Ranges();
const guides = readGuides('en');
const guidesZh = readGuides('zh');
const ZH_CATEGORIES: { slug: string; title: string }[] = JSON.parse(readFileSync('content/zh/categories.json', 'utf8'));

/** The words each seenIn value is shown as, per language. */
const SEEN = {
  en: { 'server-api': 'Server API response', sdk: 'SDK callback', 'sdk-local': 'Raised by the SDK itself', console: 'Developer console' },
  zh: { 'server-api': '服务端 API 响应', sdk: 'SDK 回调', 'sdk-local': 'SDK 本地生成', console: '云信控制台' },
} as Record<'en' | 'zh', Record<string, string>>;
const INFERRED = { en: ' (inferred: no source names the call)', zh: '（推断：没有资料指明具体调用）' };
const SITE_NAME = { en: 'NIM Status Codes', zh: '云信 IM 状态码' };
const SECTION_IDS = ['what-it-means', 'common-causes', 'how-to-fix', 'example-response', 'related-codes', 'sources'];

/** Text of an element, whitespace folded. */
function text(el: HTMLElement | null | undefined): string {
  return (el?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** The <dd> that follows the <dt> with this label in the facts list. */
function fact(root: HTMLElement, label: string): HTMLElement | undefined {
  return root.querySelectorAll('.facts > div').find((row) => text(row.querySelector('dt')) === label)?.querySelector('dd') ?? undefined;
}

/** The links of the list under a section heading. */
function sectionLinks(root: HTMLElement, id: string): HTMLElement[] {
  const heading = root.querySelector(`h2#${id}`)?.parentNode;
  const out: HTMLElement[] = [];
  let node = heading?.nextElementSibling;
  while (node && !node.classList.contains('heading')) {
    out.push(...node.querySelectorAll('a'));
    node = node.nextElementSibling;
  }
  return out;
}

/** The schema.org blocks of a page. */
function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text));
}

for (const site of Object.values(SITES)) {
  const { dir, base } = site;
  const origin = site.site.replace(/\/$/, '');
  const built = existsSync(join(dir, 'index.html'));
  const page = (path: string) => parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));

  describe(`pages of ${dir} (base ${base})`, { skip: built ? false : `run the build first: ${dir}/index.html is missing` }, () => {
    for (const locale of ['en', 'zh'] as const) {
      const prefix = locale === 'zh' ? 'zh/' : '';
      test(`every V1 code has its ${locale} page: h1, title, summary, names, breadcrumbs, where seen, SDK names, sections, related codes`, () => {
        for (const entry of codes) {
          const path = `${prefix}codes/${entry.code}/`;
          assert.ok(existsSync(join(dir, path, 'index.html')), `${path} is missing`);
          const root = page(path);
          const title = locale === 'zh' ? entry.titleZh : entry.title;
          const summary = locale === 'zh' ? (translations.find((t) => t.code === entry.code)?.summary ?? entry.summary) : entry.summary;
          assert.equal(root.querySelector('html')?.getAttribute('lang'), locale === 'zh' ? 'zh-CN' : 'en', `${path}: lang`);
          assert.equal(text(root.querySelector('h1')), `${entry.code} ${title}`, `${path}: h1`);
          assert.equal(text(root.querySelector('title')), `${entry.code} ${title} · ${SITE_NAME[locale]}`, `${path}: title`);
          assert.equal(text(root.querySelector('.code-head .summary')), summary, `${path}: summary`);
          const other = root.querySelector('.code-head .name-other');
          assert.equal(text(other), locale === 'zh' ? entry.title : entry.titleZh, `${path}: the other language's name`);
          assert.equal(other?.getAttribute('lang'), locale === 'zh' ? 'en' : 'zh-CN', `${path}: its lang`);
          const category = (locale === 'zh' ? ZH_CATEGORIES : categories).find((c) => c.slug === entry.category)?.title;
          assert.deepEqual(root.querySelectorAll('nav.crumbs a').map(text), [locale === 'zh' ? '首页' : 'Home', category], `${path}: breadcrumbs`);
          const inferred = entry.seenInInferred ?? [];
          const seen = entry.seenIn.map((place) => `${SEEN[locale][place]}${inferred.includes(place) ? INFERRED[locale] : ''}`).join(' · ');
          assert.equal(text(fact(root, locale === 'zh' ? '出现位置' : 'Where you see it')), seen, `${path}: where seen`);
          const names = Object.values(entry.constants ?? {}).map((value) => (typeof value === 'string' ? value : value.name));
          const shown = root.querySelectorAll('.sdk-names code').map(text);
          for (const name of names) assert.ok(shown.some((s) => s === name || s.endsWith(`.${name}`)), `${path}: SDK name ${name}`);
          if (names.length === 0) assert.equal(root.querySelector('.sdk-names'), null, `${path}: an empty SDK table`);
          assert.equal(root.querySelector('time')?.getAttribute('datetime'), entry.updated, `${path}: updated`);
          const ids = root.querySelectorAll('article h2').map((h) => h.id);
          for (const id of SECTION_IDS) assert.ok(ids.includes(id), `${path}: section ${id}`);
          assert.equal(ids.at(-1), 'sources', `${path}: sources last`);
          const related = sectionLinks(root, 'related-codes');
          for (const code of entry.related) {
            const target = codes.find((c) => c.code === code);
            const link = related.find((a) => a.getAttribute('href') === `${base}${prefix}codes/${code}/`);
            assert.ok(link, `${path}: links related code ${code} in its language`);
            assert.equal(text(link), `${code} ${locale === 'zh' ? target?.titleZh : target?.title}`, `${path}: link text of ${code}`);
          }
        }
      });

      test(`every V1 ${locale} page has its canonical URL, description, Open Graph and JSON-LD`, () => {
        for (const entry of codes) {
          const path = `${prefix}codes/${entry.code}/`;
          const root = page(path);
          const url = `${origin}${base}${path}`;
          const title = locale === 'zh' ? entry.titleZh : entry.title;
          const summary = locale === 'zh' ? (translations.find((t) => t.code === entry.code)?.summary ?? entry.summary) : entry.summary;
          assert.equal(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), url, `${path}: canonical`);
          assert.equal(root.querySelector('meta[name="description"]')?.getAttribute('content'), summary, `${path}: description`);
          assert.equal(root.querySelector('meta[property="og:url"]')?.getAttribute('content'), url, `${path}: og:url`);
          assert.equal(root.querySelector('meta[property="og:locale"]')?.getAttribute('content'), locale === 'zh' ? 'zh_CN' : 'en', `${path}: og:locale`);
          const data = jsonLd(root);
          const article = data.find((d) => d['@type'] === 'TechArticle');
          assert.deepEqual(
            { headline: article?.headline, url: article?.url, dateModified: article?.dateModified, description: article?.description, inLanguage: article?.inLanguage },
            { headline: `${entry.code} ${title}`, url, dateModified: entry.updated, description: summary, inLanguage: locale === 'zh' ? 'zh-CN' : 'en' },
            `${path}: TechArticle`,
          );
          const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] } | undefined;
          assert.deepEqual(
            crumbs?.itemListElement.map((item) => item.item),
            [`${origin}${base}${prefix}`, `${origin}${base}${prefix}categories/${entry.category}/`, url],
            `${path}: BreadcrumbList`,
          );
        }
      });

      test(`every V2 code has its ${locale} page: h1, title, summary, names, constant, range, V1 code, sections, related codes, search data`, () => {
        for (const entry of v2codes) {
          const path = `${prefix}v2/codes/${entry.code}/`;
          assert.ok(existsSync(join(dir, path, 'index.html')), `${path} is missing`);
          const root = page(path);
          const url = `${origin}${base}${path}`;
          const title = locale === 'zh' ? entry.titleZh : entry.title;
          const summary = locale === 'zh' ? (v2translations.find((t) => t.code === entry.code)?.summary ?? entry.summary) : entry.summary;
          assert.equal(text(root.querySelector('h1')), `${entry.code} ${title}`, `${path}: h1`);
          assert.equal(text(root.querySelector('title')), `${entry.code} ${title} · ${SITE_NAME[locale]}`, `${path}: title`);
          assert.equal(text(root.querySelector('.code-head .summary')), summary, `${path}: summary`);
          assert.equal(text(root.querySelector('.code-head .name-other')), locale === 'zh' ? entry.title : entry.titleZh, `${path}: other name`);
          assert.equal(text(fact(root, locale === 'zh' ? '常量' : 'Constant')), entry.constant, `${path}: constant`);
          const range = ranges.find((r) => r.resource === (entry.code < 1000 ? 0 : Math.floor(entry.code / 1000) % 100));
          assert.ok(range, `${path}: a listed range`);
          assert.match(text(fact(root, locale === 'zh' ? '资源' : 'Resource')), new RegExp(`${locale === 'zh' ? range.titleZh : range.title}$`), `${path}: range`);
          assert.deepEqual(
            root.querySelectorAll('nav.crumbs a').map((a) => a.getAttribute('href')),
            [`${base}${prefix}`, `${base}${prefix}v2/`, `${base}${prefix}v2/ranges/${range.slug}/`],
            `${path}: breadcrumbs`,
          );
          const v1 = fact(root, locale === 'zh' ? 'V1 状态码' : 'V1 code');
          for (const pair of entry.v1 ?? []) {
            assert.ok(v1?.querySelector(`a[href="${base}${prefix}codes/${pair.code}/"]`), `${path}: names V1 ${pair.code}`);
          }
          const ids = root.querySelectorAll('article h2').map((h) => h.id);
          for (const id of SECTION_IDS) assert.ok(ids.includes(id), `${path}: section ${id}`);
          assert.equal(ids.at(-1), 'sources', `${path}: sources last`);
          const related = sectionLinks(root, 'related-codes').map((a) => a.getAttribute('href'));
          for (const code of entry.related ?? []) assert.ok(related.includes(`${base}${prefix}v2/codes/${code}/`), `${path}: related ${code}`);
          for (const pair of entry.v1 ?? []) assert.ok(related.includes(`${base}${prefix}codes/${pair.code}/`), `${path}: related V1 ${pair.code}`);
          assert.equal(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), url, `${path}: canonical`);
          assert.equal(root.querySelector('meta[name="description"]')?.getAttribute('content'), summary, `${path}: description`);
          const article = jsonLd(root).find((d) => d['@type'] === 'TechArticle');
          assert.equal(article?.headline, `${entry.code} ${title}`, `${path}: JSON-LD headline`);
          assert.equal(article?.url, url, `${path}: JSON-LD url`);
          assert.ok(root.querySelector('article[data-pagefind-body]'), `${path}: indexed for search`);
        }
      });

      test(`every guide has its ${locale} page: title, summary, sections with their ids`, () => {
        for (const guide of guides) {
          const path = `${prefix}guides/${guide.slug}/`;
          assert.ok(existsSync(join(dir, path, 'index.html')), `${path} is missing`);
          const root = page(path);
          const zh = guidesZh.find((g) => g.slug === guide.slug);
          const title = locale === 'zh' ? (zh?.title ?? guide.title) : guide.title;
          assert.equal(text(root.querySelector('h1')), title, `${path}: h1`);
          assert.equal(text(root.querySelector('title')), `${title} · ${SITE_NAME[locale]}`, `${path}: title`);
          const ids = root.querySelectorAll('article h2').map((h) => h.id);
          const written = [...guide.body.matchAll(/^## .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
          assert.deepEqual(ids, written, `${path}: section ids as written`);
          assert.equal(ids.at(-1), 'sources', `${path}: sources last`);
        }
      });
    }

    test('every bare number, and every same-meaning V2 URL, is a redirect page to its code page', () => {
      const targets = [
        ...codes.map((entry) => ({ from: `${entry.code}/`, to: `codes/${entry.code}/` })),
        ...v2codes.filter((entry) => entry.code >= 100000).map((entry) => ({ from: `${entry.code}/`, to: `v2/codes/${entry.code}/` })),
        ...codes
          .filter((entry) => typeof entry.constants?.v2 === 'string')
          .flatMap((entry) => [
            { from: `v2/codes/${entry.code}/`, to: `codes/${entry.code}/` },
            { from: `zh/v2/codes/${entry.code}/`, to: `zh/codes/${entry.code}/` },
          ]),
      ];
      for (const { from, to } of targets) {
        const html = readFileSync(join(dir, from, 'index.html'), 'utf8');
        assert.ok(html.includes('<meta name="robots" content="noindex">'), `${from}: noindex`);
        assert.ok(html.includes(`<link rel="canonical" href="${origin}${base}${to}">`), `${from}: canonical ${to}`);
        assert.ok(html.includes(`<meta http-equiv="refresh" content="0; url=${base}${to}">`), `${from}: refresh to ${to}`);
        assert.ok(existsSync(join(dir, to, 'index.html')), `${from}: its target ${to} exists`);
      }
      const rules = readFileSync(join(dir, '_redirects'), 'utf8');
      for (const { from, to } of targets) {
        assert.ok(rules.includes(`${base}${from.replace(/\/$/, '')} ${base}${to} 301!`), `_redirects: ${from}`);
        assert.ok(rules.includes(`${base}${from} ${base}${to} 301!`), `_redirects: ${from} with a slash`);
      }
    });
  });
}
