import { expect, test } from '@playwright/test';
import { readCategories, readCodes } from '../support/content.ts';

const codes = readCodes();
const categories = readCategories();
/** The words each seenIn value is shown as. */
const SEEN: Record<string, string> = {
  'server-api': 'Server API response',
  sdk: 'SDK callback',
  'sdk-local': 'Raised by the SDK itself',
  console: 'Developer console',
};

test.describe('code pages', () => {
  // One test walks every code (a step each): far cheaper than a browser context per code.
  test('every code has its page, h1, title, summary, sections and related codes', async ({ page }) => {
    test.setTimeout(180_000); // 50 pages in one test
    for (const entry of codes) {
      await test.step(`${entry.code}`, async () => {
        const response = await page.goto(`codes/${entry.code}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.title}`);
        await expect(page).toHaveTitle(`${entry.code} ${entry.title} · NIM Status Codes`);
        const category = categories.find((c) => c.slug === entry.category);
        const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
        await expect(crumbs.getByRole('link')).toHaveText(['Home', category?.title ?? '']);
        await expect(page.locator('.code-head .summary')).toHaveText(entry.summary);
        // The official Chinese name, under the English title, marked as Chinese.
        const zhName = page.locator('.code-head .name-other');
        await expect(zhName).toHaveText(entry.titleZh);
        await expect(zhName).toHaveAttribute('lang', 'zh-CN');
        // Where the code shows up, in words.
        const seen = page.locator('.facts dt', { hasText: 'Where you see it' }).locator('xpath=following-sibling::dd[1]');
        const inferred = entry.seenInInferred ?? [];
        await expect(seen).toHaveText(
          entry.seenIn.map((place) => `${SEEN[place]}${inferred.includes(place) ? ' (inferred: no source names the call)' : ''}`).join(' · '),
        );
        // Every SDK name, copyable as code, or no table at all.
        const names = Object.values(entry.constants ?? {}).map((value) => (typeof value === 'string' ? value : value.name));
        const table = page.getByRole('table', { name: 'Names in the SDKs' });
        if (names.length === 0) await expect(table).toHaveCount(0);
        else for (const name of names) await expect(table.locator('code', { hasText: new RegExp(`(^|\\.)${name}$`) }).first()).toBeVisible();
        await expect(page.locator('time')).toHaveAttribute('datetime', entry.updated);
        const ids = await page.locator('article h2').evaluateAll((nodes) => nodes.map((n) => n.id));
        expect(ids).toEqual(expect.arrayContaining(['what-it-means', 'common-causes', 'how-to-fix', 'example-response', 'related-codes', 'sources']));
        expect(ids.at(-1)).toBe('sources');
        // Related codes: each listed code is linked with its number and title.
        const relatedLinks = page.locator('xpath=//div[h2[@id="related-codes"]]/following-sibling::ul[1]//a');
        const texts = await relatedLinks.allTextContents();
        for (const code of entry.related) {
          const other = codes.find((c) => c.code === code);
          expect(texts, `${entry.code} links ${code}`).toContain(`${code} ${other?.title}`);
        }
      });
    }
  });

  test('previous and next stay inside the category', async ({ page }) => {
    await page.goto('codes/416/');
    const pager = page.getByRole('navigation', { name: 'Previous and next in Server' });
    await expect(pager.getByRole('link')).toHaveText(['‹ Previous415 Client network problem', 'Next ›417 Repeat operation']);
    await page.goto('codes/801/');
    await expect(page.getByRole('navigation', { name: /Previous and next/ }).getByRole('link')).toHaveText(['Next ›802 No permissions']);
  });

  test('an SDK that gives the number another meaning is flagged and explained', async ({ page }) => {
    await page.goto('codes/810/');
    const row = page.getByRole('table', { name: 'Names in the SDKs' }).getByRole('row', { name: /iOS/ });
    await expect(row.locator('code')).toHaveText('NIMRemoteErrorCodeTeamNotMember');
    await row.getByRole('link', { name: 'means something else there' }).click();
    await expect(page).toHaveURL(/#not-to-be-confused-with$/);
  });

  test('badges name the outcome and the retry advice in words', async ({ page }) => {
    await page.goto('codes/416/');
    await expect(page.getByRole('list', { name: 'At a glance' }).getByRole('listitem')).toHaveText(['Error', 'Retry: with backoff']);
    await page.goto('codes/808/');
    await expect(page.getByRole('list', { name: 'At a glance' }).getByRole('listitem')).toHaveText(['Information', 'Retry: not needed']);
  });

  test('the seed troubleshooting notes of 416 and 801 are on their pages', async ({ page }) => {
    await page.goto('codes/416/');
    await expect(page.locator('article')).toContainText('The invoking frequency exceeds limit of interface.');
    await page.goto('codes/801/');
    await expect(page.locator('article')).toContainText(
      'all users in the single invitation cannot be added to team',
    );
  });
});

test.describe('category pages', () => {
  for (const category of categories) {
    test(`${category.slug} lists exactly its codes, in numeric order`, async ({ page }) => {
      await page.goto(`categories/${category.slug}/`);
      await expect(page.locator('h1')).toHaveText(`${category.title} status codes`);
      await expect(page.locator('main')).toContainText(category.description);
      const expected = codes.filter((c) => c.category === category.slug);
      await expect(page.locator('tbody tr td:first-child')).toHaveText(expected.map((c) => String(c.code)));
      await expect(page.locator('tbody tr td:nth-child(2)')).toHaveText(expected.map((c) => c.title));
      await expect(page.locator('tbody tr td:nth-child(3)')).toHaveText(expected.map((c) => c.summary));
    });
  }

  test('the four categories hold 26, 10, 5 and 9 codes', () => {
    const counts = categories.map((c) => codes.filter((code) => code.category === c.slug).length);
    expect(counts).toEqual([26, 10, 5, 9]);
  });
});

test('home links to every code, grouped by category', async ({ page }) => {
  await page.goto('');
  for (const category of categories) {
    const section = page.getByRole('region', { name: new RegExp(`^${category.title} \\(`) });
    const expected = codes.filter((c) => c.category === category.slug).map((c) => `${c.code} ${c.title}`);
    await expect(section.getByRole('listitem')).toHaveText(expected);
  }
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  for (const entry of codes) expect(hrefs).toContain(new URL(`codes/${entry.code}/`, page.url()).pathname);
  await expect(page.getByRole('link', { name: 'About these codes' }).first()).toBeVisible();
});

test('the retries guide lists every code under exactly one retry value', async ({ page }) => {
  await page.goto('guides/retries/');
  const rows = page.locator('table.retry-table tbody tr');
  await expect(rows).toHaveCount(4);
  const listed = (await rows.locator('td:nth-child(3) a').allTextContents()).map(Number).sort((a, b) => a - b);
  expect(listed).toEqual(codes.map((c) => c.code));
  for (const entry of codes.filter((c) => c.retry === 'backoff')) {
    await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'with backoff' }) })).toContainText(String(entry.code));
  }
});

test.describe('not found', () => {
  test('a missing URL gets the 404 page with a way home and a search box', async ({ page }) => {
    const response = await page.goto('no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found · 页面不存在');
    await expect(page.getByRole('searchbox').nth(1)).toBeVisible();
    await page.getByRole('link', { name: 'Home: every code, by category' }).click();
    await expect(page.locator('h1')).toHaveText('NIM Status Codes');
  });

  test('a path that looks like a code suggests the nearest codes', async ({ page }) => {
    await page.goto('codes/4166/');
    await expect(page.getByRole('heading', { name: 'There is no code 4166. The nearest codes are:' })).toBeVisible();
    const suggested = page.getByRole('list', { name: /nearest codes/ }).getByRole('link');
    await expect(suggested.first()).toBeVisible();
    expect(await suggested.allTextContents()).toContain('416 Frequency control');
    await page.goto('4166');
    await expect(page.getByRole('list', { name: /nearest codes/ })).toContainText('416 Frequency control');
  });
});
