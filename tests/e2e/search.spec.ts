import { expect, test, type Page } from '@playwright/test';
import { headerHits, typeInHeader } from '../support/search.ts';

async function firstTexts(page: Page, count: number) {
  const hits = headerHits(page);
  await expect(hits.first()).toBeVisible();
  return (await hits.allTextContents()).slice(0, count);
}

test.describe('header search', () => {
  test('302 comes first, and Enter opens its page', { tag: ['@base', '@quick'] }, async ({ page }) => {
    await page.goto('');
    const box = await typeInHeader(page, '302');
    await expect(headerHits(page).first()).toHaveText('302 Incorrect user name or password');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/codes\/302\/$/);
    await expect(page.locator('h1')).toHaveText('302 Incorrect user name or password');
  });

  for (const [query, title] of [
    ['416', '416 Frequency control'],
    ['13003', '13003 The account is within the blocklist, it is prohibited from joining the chat room'],
  ] as const) {
    test(`${query} comes first`, async ({ page }) => {
      await page.goto('codes/200/');
      await typeInHeader(page, query);
      await expect(headerHits(page).first()).toHaveText(title);
    });
  }

  test('a partial number lists the codes that start with it, in order', async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, '41');
    const group = page.getByRole('list', { name: 'Codes starting with 41' });
    await expect(group.locator('a')).toHaveText([
      '413 SMS verification failed',
      '414 Error parameter',
      '415 Client network problem',
      '416 Frequency control',
      '417 Repeat operation',
      '417 Multi login forbidden',
      '418 SMS channel is not available',
      '419 The quantity exceeds the limit',
    ]);
    // The V2 SDKs give 417 another meaning: both are listed, the V2 one labelled and linking its own page.
    const v2 = group.getByRole('listitem').filter({ hasText: 'Multi login forbidden' });
    await expect(v2.locator('.hit-cat')).toHaveText('V2 error codes');
    await expect(v2.locator('a')).toHaveAttribute('href', /\/v2\/codes\/417\/$/);
  });

  const words: [string, string[], number][] = [
    ['password', ['302 ', '10435 '], 5],
    ['frequency', ['416 '], 3],
    ['blocklist', ['13003 '], 3],
    ['team does not exist', ['803 '], 3],
    ['too many requests', ['416 '], 3],
    ['checksum', ['414 '], 3],
  ];
  for (const [query, expected, within] of words) {
    test(`"${query}" finds ${expected.join('and ').trim()} within the first ${within}`, async ({ page }) => {
      await page.goto('');
      await typeInHeader(page, query);
      await expect(headerHits(page).first()).toBeVisible();
      const top = await firstTexts(page, within);
      for (const prefix of expected) expect(top.some((text) => text.startsWith(prefix)), `${prefix} in ${top.join(' | ')}`).toBe(true);
    });
  }

  test('results show the category, a highlighted excerpt and deep links to sections', async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, 'checksum');
    const hit = page
      .getByRole('search', { name: 'Site search' })
      .locator('.search-list > li')
      .filter({ has: page.locator('a.hit-title', { hasText: /^414 Error parameter$/ }) });
    await expect(hit.locator('.hit-cat')).toHaveText('Server');
    await expect(hit.locator('.hit-excerpt mark').first()).toHaveText(/checksum/i);
    const deep = hit.locator('.hit-subs a').first();
    await expect(deep).toHaveAttribute('href', /\/codes\/414\/#[a-z-]+$/);
  });

  test('arrow keys move through results, Enter opens one, Esc clears', async ({ page }) => {
    await page.goto('');
    const box = await typeInHeader(page, '41');
    await expect(headerHits(page).first()).toBeVisible();
    await box.press('ArrowDown');
    await expect(headerHits(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(headerHits(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await box.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/414\/$/);
    const again = await typeInHeader(page, 'token');
    await again.press('Escape');
    await expect(again).toHaveValue('');
    await expect(page.getByRole('search', { name: 'Site search' }).locator('.search-panel')).toBeHidden();
  });

  test('the result count is announced politely', async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, '41');
    const status = page.getByRole('search', { name: 'Site search' }).getByRole('status');
    await expect(status).toHaveText(/8 codes starting with 41/);
  });

  test('"/" focuses the search box', async ({ page }) => {
    await page.goto('codes/416/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.getByRole('search', { name: 'Site search' }).getByRole('searchbox')).toBeFocused();
    await page.goto('');
    await page.keyboard.press('/');
    await expect(page.getByRole('search', { name: 'Search status codes' }).getByRole('searchbox')).toBeFocused();
  });
});

test.describe('however the reader holds the error', () => {
  test('a pasted body {"code":803} puts 803 first', async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, '{"code":803}');
    await expect(headerHits(page).first()).toHaveText('803 Team does not exist');
  });

  test('a log line with a timestamp still finds its code: {"code":414,"desc":"checksum","ts":1700000000}', async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, '{"code":414,"desc":"checksum","ts":1700000000}');
    await expect(headerHits(page).first()).toHaveText('414 Error parameter');
  });

  test('code=416 and Enter opens /codes/416/', async ({ page }) => {
    await page.goto('codes/200/');
    const box = await typeInHeader(page, 'code=416');
    await expect(headerHits(page).first()).toHaveText('416 Frequency control');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/codes\/416\/$/);
  });

  for (const [name, code] of [
    ['RES_EFREQUENTLY', 416],
    ['kNIMResTeamENotExist', 803],
    ['NIMRemoteErrorCodeInvalidPass', 302],
  ] as const) {
    test(`the SDK constant ${name} finds ${code} and says why`, async ({ page }) => {
      await page.goto('codes/200/');
      await typeInHeader(page, name);
      await expect(headerHits(page).first()).toContainText(String(code));
      await expect(page.locator('header .search-panel .hit-why').first()).toContainText(name);
    });
  }

  test('"group is full" finds 801 in the top 3', async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, 'group is full');
    await expect(headerHits(page).first()).toBeVisible();
    const top = await firstTexts(page, 3);
    expect(top.some((text) => text.startsWith('801 ')), top.join(' | ')).toBe(true);
  });

  test('"pasword" finds 302 in the top 3, saying which spelling it searched', async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, 'pasword');
    const note = page.locator('header .search-panel .search-note');
    await expect(note).toContainText('Showing results for password');
    await expect(note.getByRole('link', { name: 'pasword' })).toHaveAttribute('href', /search\/\?q=pasword&exact=1$/);
    const top = await firstTexts(page, 3);
    expect(top.some((text) => text.startsWith('302 ')), top.join(' | ')).toBe(true);
  });

  test('"Search instead for" keeps the reader\'s spelling', async ({ page }) => {
    await page.goto('search/?q=pasword&exact=1');
    await expect(page.locator('main .search-panel')).toContainText('No code matches “pasword”');
    await expect(page.locator('main .search-note')).toHaveCount(0);
  });

  for (const [query, code] of [
    ['频率控制', 416],
    ['群不存在', 803],
    ['服务器繁忙', 503],
  ] as const) {
    test(`the Chinese name ${query} finds ${code} first`, async ({ page }) => {
      await page.goto('codes/200/');
      await typeInHeader(page, query);
      await expect(headerHits(page).first()).toContainText(`${code} `);
    });
  }

  test('the developer-console codes do not outrank the IM login codes for "password"', async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, 'password');
    await expect(headerHits(page).first()).toHaveText('302 Incorrect user name or password');
  });

  test('416 and Enter at once, with the search code still loading, opens /codes/416/', { tag: '@base' }, async ({ page }) => {
    await page.route(/\/_astro\/search\.[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto('codes/200/');
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
    await box.click();
    await box.pressSequentially('416');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/codes\/416\/$/, { timeout: 15_000 });
  });

  test('a lone code sent to the search page as plain HTML would forwards to its page', async ({ page }) => {
    await page.goto('search/?q=RES_EFREQUENTLY');
    await expect(page).toHaveURL(/\/codes\/416\/$/);
  });

  test('with nothing found, Enter opens the search page, which says what was tried and offers the categories', async ({ page }) => {
    await page.goto('codes/200/');
    const box = await typeInHeader(page, 'zqxv wvut');
    await expect(page.locator('header .search-panel')).toContainText('No code matches');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=zqxv(%20|\+)wvut$/);
    const panel = page.locator('main .search-panel');
    await expect(panel).toContainText('Searched for “zqxv”, “wvut”');
    await expect(panel.getByRole('link', { name: 'Team' })).toHaveAttribute('href', /categories\/team\/$/);
  });
});

test.describe('search page', () => {
  test('/search/?q=checksum shows 414 on load', { tag: '@base' }, async ({ page }) => {
    await page.goto('search/?q=checksum');
    await expect(page.getByRole('searchbox', { name: 'Search codes or symptoms' }).nth(1)).toHaveValue('checksum');
    await expect(page.locator('main a.hit-title').first()).toHaveText('414 Error parameter');
  });

  test('typing updates the URL, and back and forward restore the query', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('search', { name: 'Search status codes' }).getByRole('searchbox');
    await box.fill('token');
    await expect(page).toHaveURL(/\?q=token$/);
    await page.goto('codes/302/');
    await page.goBack();
    await expect(box).toHaveValue('token');
    await expect(page.locator('main a.hit-title').first()).toBeVisible();
  });

  test('filters show counts and narrow the results', async ({ page }) => {
    await page.goto('search/?q=member');
    const hits = page.locator('main a.hit-title');
    await expect(hits.first()).toBeVisible();
    const team = page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: /^Team \(\d+\)$/ });
    await expect(team).toBeVisible();
    const label = (await team.locator('..').textContent()) ?? '';
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    await team.check();
    await expect(page).toHaveURL(/category=team/);
    await expect(async () => {
      const texts = await hits.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((text) => /^8\d\d /.test(text))).toBe(true);
    }).toPass();
    expect(await page.locator('main .search-list > li').count()).toBeLessThanOrEqual(count);
    await page.getByRole('group', { name: 'Retry' }).getByRole('checkbox', { name: /^no \(/ }).check();
    await expect(page).toHaveURL(/retry=no/);
  });

  test('the "Where you see it" filter narrows to codes seen there', async ({ page }) => {
    await page.goto('search/?q=password&seen=console');
    const hits = page.locator('main a.hit-title');
    await expect(hits.first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'Where you see it' }).getByRole('checkbox', { name: /^Developer console \(/ })).toBeChecked();
    await expect(async () => {
      const texts = await hits.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((text) => /^104\d\d /.test(text)), texts.join(' | ')).toBe(true);
    }).toPass();
  });

  test('a script-like query is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const attack = '"><svg/onload=zqxjk()><zqxjk>';
    await page.goto(`search/?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('search', { name: 'Search status codes' }).getByRole('searchbox')).toHaveValue(attack);
    await expect(page.locator('main .search-panel')).toContainText('No code matches');
    await expect(page.locator('main .search-panel')).toContainText(attack);
    expect(await page.locator('main .search-panel svg, main .search-panel script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('a 5,000-character query does not hang the page', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('search', { name: 'Search status codes' }).getByRole('searchbox');
    await box.fill('password '.repeat(556));
    await expect(page.locator('main .search-panel')).toBeVisible();
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

test('a code page fetches nothing under /pagefind/ until the box is used', { tag: '@base' }, async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|search\.[\w-]+\.js|search\/codes\.json/.test(request.url())) fetched.push(request.url());
  });
  await page.goto('codes/416/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await typeInHeader(page, 'token');
  await expect(headerHits(page).first()).toBeVisible();
  expect(fetched.some((url) => url.includes('/pagefind/'))).toBe(true);
});

test.describe('the V2 codes', () => {
  test('a six-digit code puts its V2 page first, then the V1 code for the same situation', { tag: '@quick' }, async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, '108404');
    const hits = headerHits(page);
    await expect(hits.first()).toHaveText('108404 Team not exist');
    await expect(hits.first()).toHaveAttribute('href', /\/v2\/codes\/108404\/$/);
    await expect(hits.nth(1)).toHaveText('803 Team does not exist');
  });

  for (const name of ['V2NIM_ERROR_CODE_TEAM_NOT_EXIST', 'TEAM_NOT_EXIST']) {
    test(`the constant ${name} finds 108404 first and says why`, async ({ page }) => {
      await page.goto('');
      await typeInHeader(page, name);
      await expect(headerHits(page).first()).toHaveText('108404 Team not exist');
      await expect(page.locator('header .search-panel .hit-why').first()).toContainText('V2NIM_ERROR_CODE_TEAM_NOT_EXIST');
    });
  }

  test('a pasted V2NIMError finds its page', async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, "V2NIMError { code: 191004, desc: 'invalid parameter', detail: {} }");
    await expect(headerHits(page).first()).toHaveText('191004 Invalid parameter');
  });

  test('a three-digit number V2 gives another meaning lists both, the V2 one labelled', async ({ page }) => {
    await page.goto('');
    await typeInHeader(page, '417');
    const group = page.getByRole('list', { name: 'Code 417' }).or(page.getByRole('list', { name: 'Codes starting with 417' }));
    await expect(group.locator('a.hit-title')).toHaveText(['417 Repeat operation', '417 Multi login forbidden']);
    await expect(group.getByRole('listitem').nth(1).locator('.hit-cat')).toHaveText('V2 error codes');
  });

  test('Enter on a six-digit code opens its V2 page, and the bare number redirects there', { tag: '@base' }, async ({ page }) => {
    await page.goto('');
    const box = await typeInHeader(page, '107314');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/v2\/codes\/107314\/$/);
    await page.goto('107314/');
    await expect(page).toHaveURL(/\/v2\/codes\/107314\/$/);
    await page.goto('v2/codes/416/');
    await expect(page).toHaveURL(/\/codes\/416\/$/);
    await expect(page).not.toHaveURL(/\/v2\//);
  });
});

test.describe('Chinese sentences and the other language', () => {
  test('Chinese typed on an English page is searched in Chinese, and its results offer the Chinese page', { tag: '@quick' }, async ({ page }) => {
    await page.goto('codes/200/');
    await typeInHeader(page, '为什么总是提示频率太高');
    const hits = headerHits(page);
    await expect(hits.first()).toHaveText('416 Frequency control');
    await expect(hits.first()).toHaveAttribute('href', /\/codes\/416\/$/);
    // The sentence found the Chinese page in the Chinese index too: its edition is one click away.
    const item = page.locator('header .search-panel li').filter({ hasText: '416 Frequency control' }).first();
    await expect(item.locator('a.hit-other')).toHaveAttribute('href', /\/zh\/codes\/416\/$/);
  });

  test('a sentence with a phrase found nowhere still lists what the rest finds, and says what it left out', async ({ page }) => {
    await page.goto('codes/200/');
    // Characters no page holds, so that the second phrase finds nothing at all.
    await typeInHeader(page, '群被解散了 鼋鼍鼋鼍');
    await expect(headerHits(page).first()).toHaveText('803 Team does not exist');
    await expect(page.locator('header .search-panel .search-note')).toContainText('鼋鼍鼋鼍');
  });
});
