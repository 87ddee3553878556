// Debian's Chromium driven by playwright-core (its own browser download does not work on these machines).
import { chromium, type Browser } from 'playwright-core';

/** Launches headless Chromium with the flags that keep it off the (closed) network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
