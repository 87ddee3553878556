// The Nu HTML Checker (vnu.jar, on Java) finds no error in any built page.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../support/project.ts';

describe('HTML validity', () => {
  it('has no Nu HTML Checker error on any page', () => {
    const run = spawnSync('java', ['-jar', join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', '--skip-non-html', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java must be installed').toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}').messages as { url: string; message: string; lastLine?: number }[])
      .map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(messages).toEqual([]);
  });
});
