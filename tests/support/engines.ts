// The three browser engines readers use, driven from Debian's packages without any browser download, behind one
// small interface so that each cross-engine test is written once: Chromium through playwright-core, Firefox ESR
// through puppeteer-core over WebDriver BiDi, and WebKitGTK's MiniBrowser through its W3C WebDriver
// (WebKitWebDriver) in an Xvfb display, as WebKit has no headless mode.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { launch as launchChromium } from './browser.ts';

export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

export interface TabOptions {
  width: number;
  height: number;
  javaScript?: boolean;
}

/** One page of a browser, at one size. */
export interface Tab {
  /** Opens an address and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON arguments and resolves to its (awaited) JSON result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Clicks the first element that `selector` matches, as a pointer would. */
  click(selector: string): Promise<void>;
  /** Empties a text box and types `text` into it, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Errors the engine itself reported (console errors, uncaught exceptions); WebKit's driver reports none. */
  engineErrors(): string[];
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  open(options: TabOptions): Promise<Tab>;
  close(): Promise<void>;
}

/** Waits until `fn` returns a truthy value in the page (WebKit's navigation can end before the page's scripts ran). */
export async function waitFor<A extends unknown[]>(tab: Tab, fn: (...args: A) => unknown, ...args: A): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await tab.evaluate(fn, ...args))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.toString().slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function launchEngine(name: EngineName): Promise<Engine> {
  return { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine }[name]();
}

/** The source of a call of `fn` with `args`, for drivers that take a string. */
const callSource = (fn: Function, args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

async function chromiumEngine(): Promise<Engine> {
  const browser: PlaywrightBrowser = await launchChromium();
  return {
    name: 'chromium',
    close: () => browser.close(),
    async open({ width, height, javaScript = true }) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn, ...args) => page.evaluate(callSource(fn, args)),
        click: (selector) => page.click(selector),
        type: async (selector, text) => {
          await page.fill(selector, '');
          await page.locator(selector).pressSequentially(text);
        },
        engineErrors: () => errors,
        close: () => context.close(),
      };
    },
  };
}

async function firefoxEngine(): Promise<Engine> {
  // Overlay scrollbars, as on phones: headless Firefox otherwise takes 12 px of the width for a scrollbar.
  // JavaScript is a preference of the whole browser, so pages without it get a browser of their own.
  const start = (javaScript: boolean) => puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1, 'javascript.enabled': javaScript },
  });
  const browsers = new Map<boolean, Promise<PuppeteerBrowser>>();
  const browser = (javaScript: boolean) => {
    if (!browsers.has(javaScript)) browsers.set(javaScript, start(javaScript));
    return browsers.get(javaScript)!;
  };
  await browser(true);
  return {
    name: 'firefox',
    close: async () => void (await Promise.all([...browsers.values()].map(async (b) => (await b).close()))),
    async open({ width, height, javaScript = true }) {
      const context = await (await browser(javaScript)).createBrowserContext();
      const page: PuppeteerPage = await context.newPage();
      await page.setViewport({ width, height });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn, ...args) => page.evaluate(callSource(fn, args)) as Promise<never>,
        click: (selector) => page.click(selector),
        type: async (selector, text) => {
          await page.$eval(selector, (e) => ((e as HTMLInputElement).value = ''));
          await page.type(selector, text);
        },
        engineErrors: () => errors,
        close: () => context.close(),
      };
    },
  };
}

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), resolving to the display and the process. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.on('error', reject);
    xvfb.stdio[3]!.once('data', (d) => resolve({ display: `:${String(d).trim()}`, process: xvfb }));
  });
}

/** The key of an element reference in W3C WebDriver's JSON. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

/** A WebKitWebDriver on a free port of loopback, in the Xvfb display, and a call of its W3C WebDriver API. */
async function startWebKitDriver(display: string) {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(60_000),
    });
    const { value } = (await response.json()) as { value: any };
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  for (let tries = 0; ; tries++) {
    try {
      await call('GET', '/status');
      return { call, stop: () => driver.kill() };
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Each tab is one WebDriver session of a WebKitWebDriver of its own (a driver holds one session at a time),
 * with a MiniBrowser of its own (JavaScript off by its settings). MiniBrowser's window is at least 447 px wide,
 * so a smaller screen is an <iframe> of that size in a blank window.
 */
async function webkitEngine(): Promise<Engine> {
  const xvfb = await startXvfb();
  const binary = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  return {
    name: 'webkit',
    close: async () => void xvfb.process.kill(),
    async open({ width, height, javaScript = true }) {
      const { call, stop } = await startWebKitDriver(xvfb.display);
      const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])];
      const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args } } } });
      const session = (path: string) => `/session/${sessionId}${path}`;
      const run = (script: string, args: unknown[] = []) => call('POST', session('/execute/sync'), { script, args });
      const element = async (selector: string) => (await call('POST', session('/element'), { using: 'css selector', value: selector }))[elementKey] as string;
      const framed = width < 447;
      await call('POST', session('/window/rect'), framed ? { width: 1024, height: height + 200 } : { width, height });
      if (framed) {
        await call('POST', session('/url'), { url: 'about:blank' });
        await run(`document.body.style.margin = '0'; const f = document.createElement('iframe');
          f.style.cssText = 'width:${width}px;height:${height}px;border:0;display:block'; document.body.append(f);`);
      } else {
        // The window's frame takes part of its size: widen it by the difference, so the page is `width` wide.
        const inner = (await run('return [innerWidth, innerHeight]')) as [number, number];
        await call('POST', session('/window/rect'), { width: 2 * width - inner[0], height: 2 * height - inner[1] });
      }
      const tab: Tab = {
        async goto(url) {
          if (framed) {
            // No load event to wait on: with JavaScript off, MiniBrowser runs no handler, so the frame's document is polled.
            await call('POST', session('/frame'), { id: null });
            await run('document.querySelector("iframe").src = arguments[0]', [url]);
            await call('POST', session('/frame'), { id: { [elementKey]: await element('iframe') } });
          } else await call('POST', session('/url'), { url });
          await waitFor(tab, (href) => location.href === href && document.readyState === 'complete', new URL(url).href);
        },
        evaluate: (fn, ...args) => run(`return (${fn.toString()}).apply(null, arguments)`, args),
        click: async (selector) => void (await call('POST', session(`/element/${await element(selector)}/click`), {})),
        type: async (selector, text) => {
          const id = await element(selector);
          await call('POST', session(`/element/${id}/clear`), {});
          await call('POST', session(`/element/${id}/value`), { text });
        },
        engineErrors: () => [],
        close: async () => {
          await call('DELETE', session('')).catch(() => {});
          stop();
        },
      };
      return tab;
    },
  };
}
