import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser.ts';
import { SITES } from './tests/support/sites.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The browser waits on the page far more than it computes: one worker per core leaves them idle.
  workers: Math.max(2, availableParallelism() + 1),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      // $PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's Chromium, then Playwright's own download.
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  // The root build gets every test. Under a base path, only what the base path can break runs in a
  // browser (links, redirects, search, the 404 page, clipboard URLs); tests/node checks every page of both builds on disk.
  projects: Object.entries(SITES).map(([name, site]) => ({
    name,
    use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` },
    ...(name === 'base' ? { grep: /@base/ } : {}),
  })),
  webServer: Object.values(SITES).map((site) => ({
    command: `node tests/support/serve.mjs ${site.dir} ${site.port} ${site.base}`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  })),
});
