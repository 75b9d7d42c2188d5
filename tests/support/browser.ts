import { existsSync } from 'node:fs';

/** Chromium for tests and benchmarks: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's, then Playwright's own (undefined). */
export function chromiumPath(): string | undefined {
  return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Flags that keep Chromium off the network it cannot reach here. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];
