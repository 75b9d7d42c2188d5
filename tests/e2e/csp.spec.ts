// The test server sends dist/_headers, so every page here runs under the production CSP.
// This spec drives the features that run scripts and fails on any violation report.
import { expect, test } from '@playwright/test';

test('search and the copy buttons run under the CSP without a single violation', { tag: ['@base', '@quick'] }, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 page is meant to answer with status 404; that is not a problem.
    if (/status of 404/.test(message.text()) && message.location().url.includes('/codes/4166/')) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('codes/416/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.locator('.copy [role="status"]')).toHaveText('Ticket snippet copied');

  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await box.fill('checksum');
  await expect(page.locator('header .search-panel a.hit-title').first()).toHaveText('414 Error parameter');
  await box.fill('416');
  await expect(page.locator('header .search-panel a.hit-title').first()).toHaveText('416 Frequency control');

  await page.goto('search/?q=token');
  await expect(page.locator('main a.hit-title').first()).toBeVisible();
  await page.goto('zh/search/?q=频控');
  await expect(page.locator('main a.hit-title').first()).toBeVisible();
  await page.goto('codes/4166/');
  await expect(page.getByRole('heading', { name: /nearest codes/ })).toBeVisible();

  expect(problems).toEqual([]);
});
