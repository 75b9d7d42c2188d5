import { expect, test } from '@playwright/test';
import { readClipboard } from '../support/clipboard.ts';
import { readCodes } from '../support/content.ts';
import { siteOf } from '../support/sites.ts';

const codes = readCodes();

test.describe('bare numbers reach their page', () => {
  // Every redirect page is checked on disk (tests/node/pages.test.ts); a browser follows a few of them.
  for (const code of [200, 416, 804, 13005, 10441]) {
    test(`/${code}/ ends on /codes/${code}/`, { tag: '@base' }, async ({ page }) => {
      await page.goto(`${code}/`);
      await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
      await expect(page.locator('h1')).toContainText(String(code));
    });
  }

  test('/416 without a slash, too', { tag: '@base' }, async ({ page }) => {
    await page.goto('416');
    await expect(page).toHaveURL(/\/codes\/416\/$/);
  });

  test('a redirect page is noindex and names its target as canonical', { tag: '@base' }, async ({ request }, testInfo) => {
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

  test('the buttons work from the keyboard', { tag: '@base' }, async ({ page, context }, testInfo) => {
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

test('where the clipboard is denied, the text is handed over selected', { tag: '@base' }, async ({ page }, testInfo) => {
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
