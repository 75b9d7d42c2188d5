import type { Page } from '@playwright/test';

/** The header search box of a page, by its landmark's name ("Site search", or "站内搜索" on Chinese pages). */
function headerSearch(page: Page, name: string) {
  return page.getByRole('search', { name });
}

/** Types into the header search box, as a reader would, and returns the box. */
export async function typeInHeader(page: Page, query: string, name = 'Site search') {
  const box = headerSearch(page, name).getByRole('searchbox');
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  return box;
}

/** The result links of the header box, in order: "416 Frequency control"… */
export function headerHits(page: Page, name = 'Site search') {
  return headerSearch(page, name).locator('.search-panel a.hit-title');
}
