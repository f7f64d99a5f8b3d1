import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliHere } from '../helpers/cli.js';
import { BIN } from '../helpers/terminal.js';

/** Completes the words in bash with the script stepwise prints, as a shell would. */
async function completeInBash(words: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-completion-'));
  const shim = join(dir, 'stepwise');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const script = join(dir, 'stepwise.bash');
  writeFileSync(script, (await runCliHere(['completion', 'bash'])).stdout);
  const result = spawnSync(
    'bash',
    [
      '-c',
      `source "${script}"; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _stepwise; printf '%s\\n' "\${COMPREPLY[@]}"`,
      'bash',
      ...words,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: [dir, process.env.PATH].join(delimiter),
        STEPWISE_CONFIG_DIR: dir,
      },
    },
  );
  return result.stdout.split('\n').filter(Boolean);
}

describe('shell completion', () => {
  it('prints scripts for bash, zsh and fish, and refuses other shells', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = await runCliHere(['completion', shell]);
      expect(code).toBe(0);
      expect(stdout).toContain('stepwise __complete');
    }
    expect((await runCliHere(['completion', 'tcsh'])).code).toBe(2);
    const syntax = spawnSync('bash', ['-n'], {
      input: (await runCliHere(['completion', 'bash'])).stdout,
    });
    expect(syntax.status).toBe(0);
  });

  it('completes commands, options, guide ids and item ids in bash', async () => {
    expect(await completeInBash(['stepwise', 'se'])).toEqual(['search']);
    expect(await completeInBash(['stepwise', 'print', '--j'])).toEqual(['--json']);
    expect(await completeInBash(['stepwise', '--guide', 'amex'])).toContain('amex-pin');
    expect(await completeInBash(['stepwise', 'done', 'mail.'])).toEqual([
      'mail.request',
      'mail.arrival',
    ]);
    expect(await completeInBash(['stepwise', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('keeps its helper out of the list of commands', async () => {
    expect((await runCliHere(['frobnicate'])).stderr).not.toContain('__complete');
    expect((await runCliHere(['--help'])).stdout).not.toContain('__complete');
  });
});

describe('the man page', () => {
  it('is made from the help, in the sections of man-pages(7), with every option and key', async () => {
    // The page names the build's version and date: the built command makes it.
    const { code, stdout } = runCli(['__man']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\.TH STEPWISE 1 \d{4}-\d{2}-\d{2} "stepwise \d+\.\d+\.\d+" "User Commands"\n/,
    );
    const sections = [...stdout.matchAll(/^\.SH (.+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual([
      'NAME',
      'SYNOPSIS',
      'DESCRIPTION',
      'COMMANDS',
      'OPTIONS',
      'KEYS',
      'ENVIRONMENT',
      'FILES',
      'EXIT STATUS',
      'EXAMPLES',
      'SEE ALSO',
      'NOTES',
    ]);
    for (const command of ['print', 'search', 'lint', 'done', 'completion']) {
      expect(stdout).toContain(`.TP\n\\fBstepwise ${command}`);
    }
    // Every option of --help is a tagged paragraph of OPTIONS.
    const options = stdout.slice(stdout.indexOf('.SH OPTIONS'), stdout.indexOf('.SH KEYS'));
    const help = (await runCliHere(['--help'])).stdout;
    for (const flag of help.matchAll(/^ {2}(-[-\w]+(?:, --[\w-]+)?)/gm)) {
      expect(options).toContain(`.TP\n\\fB${flag[1]!.replace(/-/g, '\\-')}`);
    }
    // Every key of the app's help, in words.
    const keys = stdout.slice(stdout.indexOf('.SH KEYS'), stdout.indexOf('.SH ENVIRONMENT'));
    for (const key of ['Space', 'Escape', 'Down or j or Control n', 'q or Control c']) {
      expect(keys).toContain(key.replace(/-/g, '\\-'));
    }
    // Plain ASCII, and no path broken with a hyphen at a line's end.
    expect(stdout).toMatch(/^[\x00-\x7f]*$/);
    expect(stdout).toContain('\n.nh\n');
  });

  const hasMan = ['groff', 'man'].every(
    (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0,
  );
  // Debian's groff-base and man-db, which .ci/run installs.
  it.skipIf(!hasMan)(
    'is read by groff and man without a warning (needs groff and man)',
    async () => {
      const page = (await runCliHere(['__man'])).stdout;
      const groff = spawnSync('groff', ['-man', '-ww', '-z'], { input: page, encoding: 'utf8' });
      expect(groff.error, 'groff is needed (Debian: groff-base)').toBeUndefined();
      expect(groff.stderr).toBe('');
      expect(groff.status).toBe(0);
      const man = spawnSync('man', ['-l', '-'], {
        input: page,
        encoding: 'utf8',
        env: { ...process.env, MANWIDTH: '80', MAN_KEEP_STDERR: '1' },
      });
      expect(man.error, 'man is needed (Debian: man-db)').toBeUndefined();
      expect(man.stderr).toBe('');
      expect(man.stdout).toMatch(/STEPWISE\(1\)/);
      expect(man.stdout).toMatch(/^OPTIONS$/m);
    },
  );
});
