import type { BrowserContext } from '@playwright/test';

/**
 * Reads the clipboard of a browser context. The site's Permissions-Policy disables clipboard-read
 * (it only writes), so the read happens on a blank page of the same origin served without it.
 */
export async function readClipboard(context: BrowserContext, origin: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.route(`${origin}/__read-clipboard__`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }));
    await page.goto(`${origin}/__read-clipboard__`);
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
  }
}
