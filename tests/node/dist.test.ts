// Checks over the built sites on disk: valid HTML, unbroken links, no inline scripts, host files,
// search-engine files, machine-readable codes, and the URL manifest.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { parse } from 'node-html-parser';
import { readCategories, readCodes, readGuides, readTranslations, readV2Codes } from '../support/content.ts';
import { listFiles, publishedUrls } from '../support/dist.ts';
import { parseHeaders } from '../support/headers.mjs';
import { brokenLinks } from '../support/links.ts';
import { SITES } from '../support/sites.ts';

const codes = readCodes();
const translations = readTranslations();
const categories = readCategories();

for (const site of Object.values(SITES)) {
  const { dir, base } = site;
  const origin = site.site.replace(/\/$/, '');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const abs = (path: string) => `${origin}${base}${path}`;

  describe(`${dir} (base ${base}, site ${origin})`, () => {
    test('was built', () => assert.ok(existsSync(join(dir, 'index.html')), `run the build first: ${dir}/index.html is missing`));
    const pages = existsSync(dir) ? listFiles(dir).filter((file) => file.endsWith('.html')) : [];
    // The pages that only forward a moved path (/416/, /v2/codes/416/): no title, h1 or twin of their own.
    const redirects = new Set(pages.filter((page) => read(page).includes('<meta http-equiv="refresh"')));

    test('html-validate (recommended preset) reports no errors on any page', async () => {
      const validator = new HtmlValidate(htmlValidateConfig);
      const failures: string[] = [];
      for (const page of pages) {
        const report = await validator.validateFile(join(dir, page));
        for (const result of report.results) {
          for (const message of result.messages) failures.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
      assert.deepEqual(failures, []);
    });

    test('every internal link and asset reference resolves, #fragments included', () => {
      assert.deepEqual(brokenLinks(dir, base, site.site), []);
    });

    test('no inline scripts and no inline event handlers', () => {
      const found: string[] = [];
      for (const page of pages) {
        const root = parse(read(page));
        for (const script of root.querySelectorAll('script')) {
          // JSON-LD is a data block that browsers never execute; everything else must be an external module.
          if (script.getAttribute('type') === 'application/ld+json') continue;
          if (!script.getAttribute('src')) found.push(`${page}: inline <script>`);
          else if (script.getAttribute('type') !== 'module') found.push(`${page}: <script src> that is not a module`);
        }
        for (const el of root.querySelectorAll('*')) {
          for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) found.push(`${page}: ${el.tagName} ${name}=`);
        }
        if (/\shref="javascript:/i.test(read(page))) found.push(`${page}: javascript: URL`);
      }
      assert.deepEqual(found, []);
    });

    test('every page has a unique title, one h1, lang, a description and an absolute canonical URL', () => {
      const titles = new Map<string, string>();
      for (const page of pages.filter((p) => !redirects.has(p))) {
        const root = parse(read(page));
        const title = root.querySelector('title')?.text ?? '';
        assert.ok(title, `${page}: no title`);
        assert.equal(titles.get(title), undefined, `${page} and ${titles.get(title)} share the title "${title}"`);
        titles.set(title, page);
        assert.equal(root.querySelectorAll('h1').length, 1, `${page}: h1 count`);
        assert.equal(root.querySelector('html')?.getAttribute('lang'), page.startsWith('zh/') ? 'zh-CN' : 'en', `${page}: lang`);
        assert.ok(root.querySelector('meta[name="description"]')?.getAttribute('content'), `${page}: description`);
        const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
        assert.ok(canonical.startsWith(`${origin}${base}`), `${page}: canonical ${canonical}`);
        for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
          assert.ok(root.querySelector(`meta[property="${property}"]`), `${page}: ${property}`);
        }
        assert.ok(root.querySelector('meta[name="twitter:card"]'), `${page}: twitter:card`);
        assert.equal(root.querySelector('link[rel="search"]')?.getAttribute('href'), `${base}opensearch.xml`, `${page}: opensearch link`);
      }
    });

    test('_headers sends a strict CSP and the other security headers for every path', () => {
      const rules = parseHeaders(read('_headers'));
      const all = rules.find((rule) => rule.pattern === '/*')?.headers ?? {};
      const csp = all['Content-Security-Policy'] ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
      assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
      assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(directives.get('base-uri'), ["'self'"]);
      assert.deepEqual(directives.get('default-src'), ["'none'"]);
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
      assert.equal(all['X-Content-Type-Options'], 'nosniff');
      assert.equal(all['Referrer-Policy'], 'strict-origin-when-cross-origin');
      assert.match(all['Permissions-Policy'] ?? '', /camera=\(\)/);
      assert.match(all['Permissions-Policy'] ?? '', /geolocation=\(\)/);
    });

    test('_redirects sends every bare number to its page with a 301', () => {
      const lines = new Set(read('_redirects').split('\n'));
      for (const { code } of codes) {
        for (const from of [`${base}${code}`, `${base}${code}/`]) {
          assert.ok(lines.has(`${from} ${base}codes/${code}/ 301!`), `${from} missing`);
        }
      }
    });

    test('the sitemap lists every code page, and robots.txt names it', () => {
      const index = read('sitemap-index.xml');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      assert.ok(sitemaps.length > 0);
      const urls = sitemaps.flatMap((loc) => [...read(new URL(loc).pathname.slice(base.length)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      for (const { code } of codes) assert.ok(urls.includes(abs(`codes/${code}/`)), `codes/${code}/ missing`);
      for (const { slug } of categories) assert.ok(urls.includes(abs(`categories/${slug}/`)), `categories/${slug}/ missing`);
      assert.ok(!urls.some((url) => /\/\d+\/$/.test(url ?? '') && !url?.includes('/codes/')), 'redirect pages are listed');
      assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${abs('sitemap-index.xml').replace(/[.]/g, '\\.')}$`, 'm'));
    });

    test('opensearch.xml searches the search page', () => {
      assert.ok(read('opensearch.xml').includes(`template="${abs('search/')}?q={searchTerms}"`));
    });

    test('codes.json matches the content', () => {
      const data = JSON.parse(read('codes.json'));
      assert.equal(data.version, 1);
      assert.deepEqual(
        data.codes,
        codes.map(({ code, title, titleZh, category, summary, retry, outcome, updated, related, seenIn, seenInInferred = [], constants = {}, aliases = [], v2Codes = [] }) => ({
          code,
          title,
          titleZh,
          category,
          summary,
          retry,
          outcome,
          summaryZh: translations.find((t) => t.code === code)?.summary ?? null,
          url: abs(`codes/${code}/`),
          urlZh: abs(`zh/codes/${code}/`),
          updated,
          related,
          seenIn,
          seenInInferred,
          // The front matter's { name, differs: true } is published as the name plus a meaningDiffers entry.
          constants: Object.fromEntries(Object.entries(constants).map(([sdk, value]) => [sdk, typeof value === 'string' ? value : value.name])),
          meaningDiffers: Object.entries(constants).filter(([, value]) => typeof value !== 'string').map(([sdk]) => sdk),
          aliases,
          v2Codes,
        })),
      );
      // Every code that any SDK names carries at least one constant.
      assert.equal(data.codes.filter((c: { constants: object }) => Object.keys(c.constants).length > 0).length, 36);
      for (const entry of data.codes) {
        assert.deepEqual(JSON.parse(read(`codes/${entry.code}.json`)), { version: 1, ...entry });
      }
    });

    test('each code has a Markdown copy, and llms.txt links them all', () => {
      const llms = read('llms.txt');
      for (const entry of codes) {
        const md = read(`codes/${entry.code}.md`);
        assert.ok(md.startsWith(`# ${entry.code} ${entry.title}\n`), `${entry.code}.md heading`);
        assert.ok(md.includes('## How to fix'), `${entry.code}.md body`);
        assert.doesNotMatch(md, /\]\(\/(?!\/)/, `${entry.code}.md has a root-relative link`);
        assert.ok(llms.includes(`- [${entry.code} ${entry.title}](${abs(`codes/${entry.code}.md`)}): ${entry.summary}`), `llms.txt line for ${entry.code}`);
      }
    });

    test('the search map holds every code with its names, in numeric order, and stays small', () => {
      const map = JSON.parse(read('search/codes.json')) as { codes: [number, string, string, string, string, string[], string[], string[], number[]][] };
      assert.deepEqual(
        map.codes.map(([code, title, titleZh, category, , , , aliases, v2]) => [code, title, titleZh, category, aliases, v2]),
        codes.map((c) => [c.code, c.title, c.titleZh, c.category, c.aliases ?? [], c.v2Codes ?? []]),
      );
      assert.ok(map.codes.find(([code]) => code === 416)?.[6].includes('ResponseCode.RES_EFREQUENTLY'));
      // Every code page may fetch it on first use of the search box.
      assert.ok(gzipSync(read('search/codes.json'), { level: 9 }).length < 8 * 1024, 'search/codes.json is over 8 KiB gzipped');
    });

    test('every code has a Chinese page whose h1 has the code and the official Chinese name', () => {
      for (const { code, titleZh } of codes) {
        const root = parse(read(`zh/codes/${code}/index.html`));
        assert.equal(root.querySelector('html')?.getAttribute('lang'), 'zh-CN', `zh/codes/${code}: lang`);
        assert.equal(root.querySelector('h1')?.text.replace(/\s+/g, ' ').trim(), `${code} ${titleZh}`, `zh/codes/${code}: h1`);
      }
    });

    test('hreflang alternates (en, zh-CN, x-default) on every page point at each other', () => {
      const alternatesOf = (page: string) =>
        Object.fromEntries(
          parse(read(page))
            .querySelectorAll('link[rel="alternate"][hreflang]')
            .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href') ?? '']),
        );
      const toFile = (href: string) => `${new URL(href).pathname.slice(base.length)}index.html`;
      const checked = pages.filter((page) => page.endsWith('index.html') && !redirects.has(page));
      assert.ok(checked.length > 100);
      for (const page of checked) {
        const links = alternatesOf(page);
        assert.deepEqual(Object.keys(links).sort(), ['en', 'x-default', 'zh-CN'], `${page}: hreflang set`);
        assert.equal(links['x-default'], links.en, `${page}: x-default is the English page`);
        const self = abs(page.replace(/index\.html$/, ''));
        assert.equal(links[page.startsWith('zh/') ? 'zh-CN' : 'en'], self, `${page}: lists itself`);
        // The twin lists this page back.
        const twin = page.startsWith('zh/') ? links.en : links['zh-CN'];
        assert.deepEqual(alternatesOf(toFile(twin ?? '')), links, `${page}: its twin's alternates differ`);
      }
    });

    test('the sitemap lists both languages, each page with its alternates', () => {
      const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.slice(base.length));
      const xml = sitemaps.map((file) => read(file)).join('\n');
      for (const { code } of codes) {
        const entry = new RegExp(`<url><loc>${abs(`zh/codes/${code}/`)}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
        assert.ok(entry, `zh/codes/${code}/ missing`);
        assert.ok(entry.includes(`hreflang="en" href="${abs(`codes/${code}/`)}"`), `zh/codes/${code}/: no en alternate`);
        assert.ok(entry.includes(`hreflang="zh-CN" href="${abs(`zh/codes/${code}/`)}"`), `zh/codes/${code}/: no zh-CN alternate`);
        assert.ok(entry.includes(`hreflang="x-default" href="${abs(`codes/${code}/`)}"`), `zh/codes/${code}/: no x-default`);
      }
      for (const { slug } of categories) assert.ok(xml.includes(`<loc>${abs(`zh/categories/${slug}/`)}</loc>`), `zh/categories/${slug}/ missing`);
    });

    test('the Chinese llms.txt lists every code in Chinese, linking its Chinese Markdown copy', () => {
      const llms = read('zh/llms.txt');
      for (const entry of codes) {
        const zh = translations.find((t) => t.code === entry.code);
        assert.ok(llms.includes(`- [${entry.code} ${entry.titleZh}](${abs(`zh/codes/${entry.code}.md`)}): ${zh?.summary ?? entry.summary}`), `${entry.code}`);
        assert.ok(read(`zh/codes/${entry.code}.md`).startsWith(`# ${entry.code} ${entry.titleZh}\n`), `${entry.code}.md heading`);
      }
      assert.match(read('zh/codes/416.md'), /## 解决方法/);
      assert.match(read('zh/codes/416.md'), new RegExp(`\\]\\(${abs('zh/codes/').replace(/[.]/g, '\\.')}\\d+/\\)`));
    });

    test('Pagefind built a Chinese index next to the English one, with every code page and guide', () => {
      const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
      // Redirect pages (/v2/codes/416/) carry no data-pagefind-body and stay out of the index.
      const indexed = codes.length + readV2Codes().length + readGuides().length;
      assert.equal(entry.languages.en?.page_count, indexed);
      assert.equal(entry.languages['zh-cn']?.page_count, indexed);
    });

    test('every URL in tests/urls.txt is still published, and every published URL is listed', () => {
      const manifest = readFileSync('tests/urls.txt', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
      const published = publishedUrls(dir);
      const gone = manifest.filter((url) => !published.includes(url));
      const unlisted = published.filter((url) => !manifest.includes(url));
      assert.deepEqual(gone, [], 'published URLs disappeared: links to them would break');
      assert.deepEqual(unlisted, [], 'new URLs are not in tests/urls.txt: run `npm run urls:update`');
    });
  });
}
