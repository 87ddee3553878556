// npm run screenshot -- /tasks/1-1/ [/en/tasks/1-1/ …]: PNGs of built pages at phone and desktop width.
import { serve } from '../tests/support/server.ts';
import { launch } from '../tests/support/browser.ts';

const paths = process.argv.slice(2);
const site = await serve('dist');
const browser = await launch();
for (const path of paths.length ? paths : ['/']) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.url + path);
    const file = `screenshots/${path.replaceAll('/', '_') || 'root'}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await site.close();
