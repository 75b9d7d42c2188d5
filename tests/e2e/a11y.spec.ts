import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES: [string, string][] = [
  ['home', ''],
  ['category', 'categories/team/'],
  ['code 200', 'codes/200/'],
  ['code 302', 'codes/302/'],
  ['code 13005', 'codes/13005/'],
  ['404', 'no/such/page/'],
  ['about', 'about/'],
  ['Chinese home', 'zh/'],
  ['Chinese category', 'zh/categories/chat-room/'],
  ['Chinese code 416', 'zh/codes/416/'],
  ['Chinese code 302', 'zh/codes/302/'],
  ['Chinese about', 'zh/about/'],
  ['Chinese 404', 'zh/no/such/page/'],
  ['V2 index', 'v2/'],
  ['V2 range', 'v2/ranges/team/'],
  ['V2 code 108404', 'v2/codes/108404/'],
  ['V2 code 417', 'v2/codes/417/'],
  ['guide: retries', 'guides/retries/'],
  ['guide: errors', 'guides/errors/'],
  ['Chinese V2 code 108404', 'zh/v2/codes/108404/'],
  ['Chinese V2 index', 'zh/v2/'],
  ['Chinese guide: tokens', 'zh/guides/tokens/'],
];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, path] of PAGES) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axe(page)).toEqual([]);
      });
    }

    test('search page with results open has no violations', async ({ page }) => {
      await page.goto('search/?q=password');
      await expect(page.locator('main a.hit-title').first()).toBeVisible();
      await expect(page.getByRole('group', { name: 'Category' })).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });

    test('Chinese search page with results open has no violations', async ({ page }) => {
      await page.goto('zh/search/?q=频控');
      await expect(page.locator('main a.hit-title').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });

    test('header dropdown with results open has no violations', async ({ page }) => {
      await page.goto('codes/416/');
      await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('41');
      await expect(page.locator('header .search-panel a').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}

test.describe('keyboard only', () => {
  test('the skip link is the first stop and reaches the main content', async ({ page }) => {
    await page.goto('codes/416/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeFocused();
  });

  test('focus is always visible', async ({ page }) => {
    await page.goto('codes/416/');
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const { outline, name } = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { outline: `${style.outlineStyle} ${style.outlineWidth}`, name: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}` };
      });
      seen.add(name);
      expect(outline, `no focus ring on ${name}`).not.toMatch(/^none|\s0px$/);
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  test('search works without a mouse', async ({ page }) => {
    await page.goto('codes/200/');
    await page.keyboard.press('/');
    await page.keyboard.type('frequency');
    await expect(page.locator('header .search-panel a.hit-title').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const first = page.locator('header .search-panel a.hit-title').first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('the copy buttons can be reached and used', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('codes/302/');
    const copy = page.getByRole('button', { name: 'Copy for ticket' });
    for (let i = 0; i < 20 && !(await copy.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.copy [role="status"]')).toHaveText('Ticket snippet copied');
  });
});

test('reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('codes/416/');
  await expect(page.locator('a.anchor').first()).toHaveCSS('transition-duration', '0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.locator('a.anchor').first()).not.toHaveCSS('transition-duration', '0s');
});

test('no page scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['', 'codes/13005/', 'codes/414/', 'categories/chat-room/', 'about/', 'search/?q=token', 'zh/', 'zh/codes/13005/', 'zh/codes/414/', 'zh/categories/chat-room/', 'zh/about/', 'zh/search/?q=禁言']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
