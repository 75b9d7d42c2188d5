import { expect, test } from '@playwright/test';
import { readClipboard } from '../support/clipboard.ts';
import { readCodes, readTranslations } from '../support/content.ts';
import { SITES } from '../support/sites.ts';

const codes = readCodes();
const translations = readTranslations();

/** SITE_URL and BASE_PATH of the build under test, from the project name. */
function siteOf(projectName: string) {
  const site = SITES[projectName as keyof typeof SITES];
  return { origin: site.site.replace(/\/$/, ''), base: site.base };
}

test.describe('bare numbers reach their page', () => {
  test('/<code>/ ends on /codes/<code>/ for every code', async ({ page }) => {
    test.setTimeout(180_000); // 50 pages in one test
    for (const { code } of codes) {
      await test.step(`${code}`, async () => {
        await page.goto(`${code}/`);
        await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
        await expect(page.locator('h1')).toContainText(String(code));
      });
    }
  });

  test('/416 without a slash, too', async ({ page }) => {
    await page.goto('416');
    await expect(page).toHaveURL(/\/codes\/416\/$/);
  });

  test('a redirect page is noindex and names its target as canonical', async ({ request }, testInfo) => {
    const { origin, base } = siteOf(testInfo.project.name);
    const html = await (await request.get('416/')).text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="${origin}${base}codes/416/">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}codes/416/">`);
  });
});

test.describe('support-ticket kit', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const code of [416, 302, 13005]) {
    test(`${code}: Copy link and Copy for ticket put the right text on the clipboard`, async ({ page, context }, testInfo) => {
      const { origin, base } = siteOf(testInfo.project.name);
      const entry = codes.find((c) => c.code === code);
      const url = `${origin}${base}codes/${code}/`;
      await page.goto(`codes/${code}/`);
      const status = page.locator('.copy [role="status"]');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(status).toHaveText('Link copied');
      expect(await readClipboard(context, new URL(page.url()).origin)).toBe(url);
      await page.getByRole('button', { name: 'Copy for ticket' }).click();
      await expect(status).toHaveText('Ticket snippet copied');
      expect(await readClipboard(context, new URL(page.url()).origin)).toBe(
        `[NIM ${code} · ${entry?.title}](${url}): ${entry?.summary} How to fix: ${url}#how-to-fix`,
      );
    });
  }

  test('the buttons work from the keyboard', async ({ page, context }, testInfo) => {
    const { origin, base } = siteOf(testInfo.project.name);
    await page.goto('codes/416/');
    const button = page.getByRole('button', { name: 'Copy link' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.copy [role="status"]')).toHaveText('Link copied');
    expect(await readClipboard(context, new URL(page.url()).origin)).toBe(`${origin}${base}codes/416/`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('.copy [role="status"]')).toHaveText('Ticket snippet copied');
  });
});

test('where the clipboard is denied, the text is handed over selected', async ({ page }, testInfo) => {
  const { origin, base } = siteOf(testInfo.project.name);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('codes/416/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy [role="status"]')).toContainText('Copying is blocked');
  const area = page.getByRole('textbox', { name: 'Text to copy' });
  await expect(area).toHaveValue(`${origin}${base}codes/416/`);
  await expect(area).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLTextAreaElement).selectionEnd)).toBeTruthy();
});

test.describe('search engines', () => {
  test('every code page has the right canonical URL, description and JSON-LD', async ({ page }, testInfo) => {
    test.setTimeout(180_000); // 50 pages in one test
    const { origin, base } = siteOf(testInfo.project.name);
    for (const entry of codes) {
      await test.step(`${entry.code}`, async () => {
        const url = `${origin}${base}codes/${entry.code}/`;
        await page.goto(`codes/${entry.code}/`);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', entry.summary);
        await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        const data = blocks.map((text) => JSON.parse(text));
        const article = data.find((d) => d['@type'] === 'TechArticle');
        expect(article).toMatchObject({ headline: `${entry.code} ${entry.title}`, url, dateModified: entry.updated, description: entry.summary, inLanguage: 'en' });
        const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
        expect(crumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([
          `${origin}${base}`,
          `${origin}${base}categories/${entry.category}/`,
          url,
        ]);
      });
    }
  });
});

test('every Chinese code page has its own canonical URL, Chinese description, Open Graph and JSON-LD', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // 50 pages in one test
  const { origin, base } = siteOf(testInfo.project.name);
  for (const entry of codes) {
    await test.step(`${entry.code}`, async () => {
      const summary = translations.find((t) => t.code === entry.code)?.summary ?? entry.summary;
      const url = `${origin}${base}zh/codes/${entry.code}/`;
      await page.goto(`zh/codes/${entry.code}/`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
      const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
      expect(data.find((d) => d['@type'] === 'TechArticle')).toMatchObject({
        headline: `${entry.code} ${entry.titleZh}`,
        url,
        description: summary,
        inLanguage: 'zh-CN',
      });
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([
        `${origin}${base}zh/`,
        `${origin}${base}zh/categories/${entry.category}/`,
        url,
      ]);
    });
  }
});

test('section headings have permanent ids and a "#" link that shows on focus', async ({ page }) => {
  await page.goto('codes/416/');
  const anchor = page.locator('a.anchor[href="#how-to-fix"]');
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
  await expect(anchor).toHaveAccessibleName('Link to section: How to fix');
  await anchor.press('Enter');
  await expect(page).toHaveURL(/#how-to-fix$/);
  await page.locator('h2#common-causes').hover();
  await expect(page.locator('a.anchor[href="#common-causes"]')).toHaveCSS('opacity', '1');
});
