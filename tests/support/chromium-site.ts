// The built site served locally and one headless Chromium, shared by the tests of one file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { hostHeaders, serve } from './server.ts';

export interface ChromiumSite {
  browser: Browser;
  site: Awaited<ReturnType<typeof serve>>;
}

/** Serves dist/ (with the host's response headers when asked) and opens Chromium before the file's tests; closes both after. */
export function chromiumSite({ withHostHeaders = false } = {}): ChromiumSite {
  const running = {} as ChromiumSite;
  beforeAll(async () => {
    running.site = await serve('dist', withHostHeaders ? await hostHeaders('dist') : {});
    running.browser = await launch();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.site?.close();
  });
  return running;
}
