// Debian's Chromium driven by playwright-core (its own browser download does not work on these machines).
import { chromium, type Browser, type Page } from 'playwright-core';

/** Launches headless Chromium with the flags that keep it off the (closed) network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Draws every box that `content-visibility: auto` leaves undrawn while it is off screen (the finder's cards), as
 * each is drawn once a reader scrolls to it, so that a layout check of the whole page measures all of it. Drawn
 * as `visible`, a box's overflow is not clipped either, so the check sees it.
 */
export function drawOffscreenBoxes(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}
