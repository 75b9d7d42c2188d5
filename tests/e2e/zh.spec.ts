// The Chinese edition, as a Chinese-speaking reader meets it: pages, language switch, search, ticket kit.
import { expect, test } from '@playwright/test';
import { readClipboard } from '../support/clipboard.ts';
import { readCategories, readCodes, readTranslations } from '../support/content.ts';
import { typeInHeader, headerHits } from '../support/search.ts';
import { siteOf } from '../support/sites.ts';

const codes = readCodes();
const categories = readCategories();
const translations = readTranslations();
/** The Chinese names of the categories, as content/zh/categories.json gives them. */
const ZH_CATEGORY: Record<string, string> = { server: '基础状态码', team: '群相关状态码', 'chat-room': '聊天室相关状态码', 'specific-services': '特定业务相关状态码' };

/** The header box of a Chinese page is named 站内搜索. */
const ZH_SEARCH = '站内搜索';

test.describe('Chinese code pages', () => {
  test('the language switch goes to the same page in the other language, and back', { tag: ['@base', '@quick'] }, async ({ page }) => {
    for (const path of ['codes/416/', '', 'categories/team/', 'about/', 'search/']) {
      await page.goto(path);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
      await expect(page).toHaveURL(new RegExp(`/zh/${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(new RegExp(`[^h]/${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  });

  test('the Chinese category pages list their codes with Chinese names', async ({ page }) => {
    for (const category of categories) {
      await page.goto(`zh/categories/${category.slug}/`);
      await expect(page.locator('h1')).toHaveText(ZH_CATEGORY[category.slug] ?? '');
      const expected = codes.filter((c) => c.category === category.slug);
      await expect(page.locator('tbody tr td:nth-child(2)')).toHaveText(expected.map((c) => c.titleZh));
    }
  });

  test('the Chinese home links every code to its Chinese page', async ({ page }) => {
    await page.goto('zh/');
    const hrefs = await page.locator('main .codes a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toHaveLength(codes.length);
    for (const href of hrefs) expect(href).toMatch(/\/zh\/codes\/\d+\/$/);
  });
});

test.describe('Chinese search', () => {
  for (const [query, code] of [
    ['频率控制', 416],
    ['操作太频繁', 416],
    ['群不存在', 803],
    ['不在群里', 804],
    ['禁言', 13004],
    ['checksum', 414],
    ['RES_EFREQUENTLY', 416],
    ['{"code":803}', 803],
  ] as const) {
    test(`${query} puts ${code} in the top 3, linking the Chinese page`, async ({ page }) => {
      await page.goto('zh/codes/200/');
      await typeInHeader(page, query, ZH_SEARCH);
      await expect(headerHits(page, ZH_SEARCH).first()).toBeVisible();
      const top = (await headerHits(page, ZH_SEARCH).allTextContents()).slice(0, 3);
      expect(top.some((text) => text.startsWith(`${code} `)), top.join(' | ')).toBe(true);
      const link = headerHits(page, ZH_SEARCH).filter({ hasText: new RegExp(`^${code} `) }).first();
      await expect(link).toHaveAttribute('href', new RegExp(`/zh/codes/${code}/$`));
    });
  }

  test('Chinese full text is searched through the Chinese index', { tag: ['@base', '@quick'] }, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('zh/codes/200/');
    await typeInHeader(page, '退避', ZH_SEARCH);
    await expect(headerHits(page, ZH_SEARCH).first()).toBeVisible();
    expect(fetched.some((url) => /\/pagefind\/pagefind\.zh-cn_[\w]+\.pf_meta$/.test(url))).toBe(true);
    expect(fetched.some((url) => /\/pagefind\/pagefind\.en_/.test(url))).toBe(false);
  });

  test('Enter on a code in the Chinese box opens the Chinese page', async ({ page }) => {
    await page.goto('zh/codes/200/');
    const box = await typeInHeader(page, 'code=416', ZH_SEARCH);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/zh\/codes\/416\/$/);
  });
});

test('Copy for ticket gives a Chinese snippet', { tag: '@base' }, async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { origin, base } = siteOf(testInfo.project.name);
  const url = `${origin}${base}zh/codes/416/`;
  const entry = codes.find((c) => c.code === 416);
  const zh = translations.find((t) => t.code === 416);
  await page.goto('zh/codes/416/');
  await page.getByRole('button', { name: '复制工单摘要' }).click();
  await expect(page.locator('.copy [role="status"]')).toHaveText('工单摘要已复制');
  expect(await readClipboard(context, new URL(page.url()).origin)).toBe(`[云信 416 · ${entry?.titleZh}](${url})：${zh?.summary}解决方法：${url}#how-to-fix`);
});

test('a missing Chinese code page suggests the nearest codes in Chinese', { tag: '@base' }, async ({ page }) => {
  const response = await page.goto('zh/codes/4166/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '没有状态码 4166。最接近的是：' })).toBeVisible();
  const link = page.getByRole('list', { name: /最接近的是/ }).getByRole('link', { name: '416 频率控制' });
  await expect(link).toHaveAttribute('href', /\/zh\/codes\/416\/$/);
  // The 404 page offers both languages.
  await expect(page.getByRole('link', { name: '首页：按分类列出全部状态码' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Home: every code, by category' })).toBeVisible();
});

test('English words typed on a Chinese page find the pages that hold them', { tag: '@quick' }, async ({ page }) => {
  await page.goto('zh/codes/200/');
  await typeInHeader(page, 'anti-spam', ZH_SEARCH);
  const hits = headerHits(page, ZH_SEARCH);
  await expect(hits.filter({ hasText: '13005' }).first()).toBeVisible();
  // Results stay on the Chinese edition.
  await expect(hits.first()).toHaveAttribute('href', /\/zh\//);
});

test('a Chinese sentence on a Chinese page: 群被解散了 调接口报错 puts 803 first', async ({ page }) => {
  await page.goto('zh/codes/200/');
  await typeInHeader(page, '群被解散了 调接口报错', ZH_SEARCH);
  await expect(headerHits(page, ZH_SEARCH).first()).toHaveText('803 群不存在');
});
