// The path a fresh machine takes: `npm test` finds a system package missing and installs them all with apt-get.
// No developer machine walks it (they have the packages), so it is walked here with apt-get under `-s` (it
// checks the command against the real package lists and changes nothing), and the README's printed command is
// held to the one the code runs.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installCommand, systemPackages } from '../../src/lib/build/system-packages.ts';
import { root } from '../support/project.ts';

const stubs = mkdtempSync(join(tmpdir(), 'install-stubs-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));

const stub = (name: string, body: string) => {
  writeFileSync(join(stubs, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(stubs, name), 0o755);
};

describe.runIf(process.getuid?.() === 0)('npm test on a machine without the system packages', () => {
  it('runs an apt-get install that apt accepts, and stops plainly when it fails', () => {
    // fc-list finds no Korean font, so npm test takes the install path; apt-get records its words, simulates
    // `install` with the real apt-get -s, and then fails, so npm test stops before building anything.
    stub('fc-list', 'exit 0');
    stub('apt-get', [
      `echo "apt-get $*" >> ${stubs}/calls`,
      'if [ "$1" = update ]; then exit 0; fi',
      `/usr/bin/apt-get -s "$@" > ${stubs}/simulated 2>&1; echo $? > ${stubs}/status`,
      'exit 100',
    ].join('\n'));
    const run = spawnSync(process.execPath, ['scripts/test.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${stubs}:${process.env.PATH}` }, timeout: 60_000,
    });
    const calls = readFileSync(join(stubs, 'calls'), 'utf8').trim().split('\n');
    expect(calls).toEqual(['apt-get update -qq', installCommand().join(' ')]);
    const simulated = readFileSync(join(stubs, 'simulated'), 'utf8');
    expect(simulated).not.toMatch(/^E: /m);
    expect(readFileSync(join(stubs, 'status'), 'utf8').trim()).toBe('0');
    expect(run.stdout).toContain('Installing fonts-noto-cjk for the browser and HTML tests…');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('system packages: 0 passed, 1 failed');
    expect(run.status).toBe(1);
  });
});

describe('the install command', () => {
  it('is the one the README prints, with every package the tests call', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const printed = [...readme.matchAll(/^\s*sudo (apt-get install .*)$/gm)].map((m) => m[1]);
    expect(printed).toEqual([installCommand().join(' ')]);
    expect(systemPackages).toEqual(['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'default-jre-headless', 'fonts-noto-cjk']);
  });

  it('is accepted by apt-get -s (simulated: nothing changes)', () => {
    const [apt, ...args] = installCommand({ simulate: true });
    const run = spawnSync(apt!, args, { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/^E: /m);
    expect(run.status).toBe(0);
  });
});
