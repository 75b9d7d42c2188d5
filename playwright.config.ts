import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { SITES } from './tests/support/sites.ts';

// Browser: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's Chromium, then Playwright's own download.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);


export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  projects: Object.entries(SITES).map(([name, site]) => ({
    name,
    use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` },
  })),
  webServer: Object.values(SITES).map((site) => ({
    command: `node tests/support/serve.mjs ${site.dir} ${site.port} ${site.base}`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  })),
});
