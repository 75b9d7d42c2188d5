import { expect, test } from '@playwright/test';
import { readCategories, readCodes } from '../support/content.ts';

const codes = readCodes();
const categories = readCategories();

test.describe('code pages', () => {
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

  test('badges name the outcome and the retry advice in words', { tag: '@quick' }, async ({ page }) => {
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
  test('a missing URL gets the 404 page with a way home and a search box', { tag: '@base' }, async ({ page }) => {
    const response = await page.goto('no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found · 页面不存在');
    await expect(page.getByRole('searchbox').nth(1)).toBeVisible();
    await page.getByRole('link', { name: 'Home: every code, by category' }).click();
    await expect(page.locator('h1')).toHaveText('NIM Status Codes');
  });

  test('a path that looks like a code suggests the nearest codes', { tag: '@base' }, async ({ page }) => {
    await page.goto('codes/4166/');
    await expect(page.getByRole('heading', { name: 'There is no code 4166. The nearest codes are:' })).toBeVisible();
    const suggested = page.getByRole('list', { name: /nearest codes/ }).getByRole('link');
    await expect(suggested.first()).toBeVisible();
    expect(await suggested.allTextContents()).toContain('416 Frequency control');
    await page.goto('4166');
    await expect(page.getByRole('list', { name: /nearest codes/ })).toContainText('416 Frequency control');
  });
});
