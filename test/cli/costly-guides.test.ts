// Guides written so that parsing them costs minutes and gigabytes: parsed in a worker with a
// memory and a time limit, they are refused in one line, and the command (or the app) carries on.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const HEAD = '---\nid: costly\ntitle: Costly\n---\n\n## Steps\n\n### One {#one}\n\n';

function guide(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'stepwise-costly-')), 'costly.md');
  writeFileSync(path, HEAD + body);
  return path;
}

describe('a guide that is costly to parse', () => {
  it.each([
    [
      '180,000 links in paragraphs of 1,500',
      () =>
        Array.from({ length: 120 }, () =>
          Array.from({ length: 1500 }, (_, i) => `[a${i}](https://e.com/${i})`).join(' '),
        ).join('\n\n'),
    ],
    [
      'four million brackets in paragraphs of 40,000',
      () => Array.from({ length: 100 }, () => '['.repeat(40_000)).join('\n\n'),
    ],
  ])(
    '%s: refused in one line with its path, exit 1',
    (_name, body) => {
      const path = guide(body());
      const result = runCli(['lint', path]);
      expect(result.code).toBe(1);
      expect(result.stderr + result.stdout).toContain(`${path}:1: the guide is too costly to read`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    120_000,
  );

  it('one paragraph of two million brackets is refused before parsing, in one line', () => {
    const path = guide('['.repeat(2_000_000));
    const result = runCli(['lint', path]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/longer than 50,000 characters: split it/);
  });

  it('a large guide that is not costly is read as usual, in the worker', () => {
    const steps = Array.from(
      { length: 3000 },
      (_, i) => `### Step ${i} {#s${i}}\n\nDo thing ${i}.\n`,
    );
    const path = guide(steps.join('\n'));
    const result = runCli(['print', '--json', '--guide', path]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).steps).toHaveLength(3001);
  }, 60_000);
});
