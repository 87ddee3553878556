// The Nu HTML Checker (vnu.jar, on Java) finds no error in any built page.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../support/project.ts';
import { readBuiltPages } from '../support/pages.ts';

interface Message { url: string; message: string; lastLine?: number; extract?: string }

/** vnu 26.9 predates `blocking` on `<link rel="expect">`, which the HTML standard allows (link type "expect");
 *  exactly that element is let through, nothing else (docs/decisions.md). */
const lagsTheStandard = (m: Message) =>
  m.message === 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.' &&
  /<link rel="expect" href="#[\w-]+" blocking="render">/.test(m.extract ?? '');

describe('HTML validity', () => {
  it('has no Nu HTML Checker error on any page', () => {
    const run = spawnSync('java', ['-jar', join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', '--skip-non-html', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java must be installed').toBeUndefined();
    const all = JSON.parse(run.stderr || '{"messages":[]}').messages as Message[];
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(all.filter(lagsTheStandard).length, 'one first-frame link per page').toBe(pages.length);
    const messages = all.filter((m) => !lagsTheStandard(m)).map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(messages).toEqual([]);
  });

  // So that Chromium has a page's styles when it finishes parsing it (src/lib/body-stylesheets.ts).
  it('starts every page\'s body with the stylesheet links of its head, in the same order', async () => {
    const links = (html: string) => html.match(/<link rel="stylesheet" href="[^"]+">/g)?.join('') ?? '';
    const wrong: string[] = [];
    for (const [path, html] of await readBuiltPages()) {
      const head = links(html.split('</head>')[0]!);
      const bodyStart = html.split(/<body\b[^>]*>/)[1]!.slice(0, head.length);
      if (!head || bodyStart !== head) wrong.push(`${path}: head ${head || '(no stylesheet)'}, body starts ${bodyStart.slice(0, 80)}`);
    }
    expect(wrong).toEqual([]);
  });
});
