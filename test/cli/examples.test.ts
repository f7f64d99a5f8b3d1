// Every example the help and the man page show (they are made from one table) runs as written, on
// the built-in guide, with only the files it names made beforehand.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../source/cli/help.js';
import { BIN, ROOT, TestTerminal } from '../helpers/terminal.js';

/** The command lines of the README's shell blocks that run a command (not the app), comments off. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(?:sh|bash)\n([^]*?)```/g)].map((match) => match[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^stepwise [a-z]/.test(line) && !line.startsWith('stepwise help'));
}

const all = [
  ...Object.values(COMMAND_HELP).flatMap((help) => help.examples),
  ...readmeExamples().filter((line) => !line.startsWith('stepwise completion')),
];
// "stepwise reset" asks on a terminal: it runs in one below.
const examples = all.filter((example) => example !== 'stepwise reset');

/** The example as a shell runs it here: tools a test machine may lack stand in as `cat`. */
function asRun(example: string): string {
  const node = JSON.stringify(process.execPath);
  return example
    .replace(/^0 9 \* \* \* /, '')
    .replace(/^pbpaste \|/, 'cat article.txt |')
    .replace(/\| (less|jq .*|mail .*)$/, '| cat')
    .replace('"${fpath[1]}/_stepwise"', '_stepwise')
    .replace(/(^|\| )stepwise /g, `$1${node} ${JSON.stringify(BIN)} `);
}

describe('the examples in the help, the man page and the README', () => {
  it("include the README's", () => {
    expect(readmeExamples()).toContain('stepwise done 1 4.1');
  });

  it.each(examples)('runs: %s', (example) => {
    const home = mkdtempSync(join(tmpdir(), 'stepwise-examples-'));
    for (const dir of [
      'guides',
      '.local/share/bash-completion/completions',
      '.config/fish/completions',
    ]) {
      mkdirSync(join(home, dir), { recursive: true });
    }
    // A guide of one's own to check or reset, unless the example is the one that makes it.
    if (!example.includes('import')) {
      copyFileSync(join(ROOT, 'test', 'fixtures', 'unit', 'errand.md'), join(home, 'my-guide.md'));
    }
    copyFileSync(
      join(ROOT, 'test', 'fixtures', 'unit', 'errand.md'),
      join(home, 'guides', 'errand.md'),
    );
    copyFileSync(
      join(ROOT, 'test', 'fixtures', 'articles', 'houseplant.txt'),
      join(home, 'article.txt'),
    );
    const run = spawnSync('sh', ['-c', asRun(example)], {
      cwd: home,
      env: {
        ...process.env,
        HOME: home,
        STEPWISE_CONFIG_DIR: join(home, 'config'),
        LANG: 'C.UTF-8',
      },
      encoding: 'utf8',
      input: '',
    });
    // What goes to stderr is a status line or a warning about the article, never a refusal.
    expect(run.stderr).not.toMatch(/unknown|refus|not on a terminal|usage|error:/i);
    expect(run.status).toBe(0);
  });

  it('runs "stepwise reset" at a terminal, where it asks first', async () => {
    expect(all).toContain('stepwise reset');
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-examples-'));
    const terminal = new TestTerminal({ args: ['reset'], configDir });
    try {
      await terminal.waitFor(/reset/i);
      terminal.write('y\r');
      expect((await terminal.exit()).exitCode).toBe(0);
    } finally {
      terminal.dispose();
    }
  });
});
