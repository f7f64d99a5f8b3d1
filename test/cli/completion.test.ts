import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BIN } from '../helpers/terminal.js';

/** Completes the words in bash with the script stepwise prints, as a shell would. */
function completeInBash(words: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-completion-'));
  const shim = join(dir, 'stepwise');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const script = join(dir, 'stepwise.bash');
  writeFileSync(script, runCli(['completion', 'bash']).stdout);
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
  it('prints scripts for bash, zsh and fish, and refuses other shells', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = runCli(['completion', shell]);
      expect(code).toBe(0);
      expect(stdout).toContain('stepwise __complete');
    }
    expect(runCli(['completion', 'tcsh']).code).toBe(2);
    const syntax = spawnSync('bash', ['-n'], { input: runCli(['completion', 'bash']).stdout });
    expect(syntax.status).toBe(0);
  });

  it('completes commands, options, guide ids and item ids in bash', () => {
    expect(completeInBash(['stepwise', 'se'])).toEqual(['search']);
    expect(completeInBash(['stepwise', 'print', '--j'])).toEqual(['--json']);
    expect(completeInBash(['stepwise', '--guide', 'amex'])).toContain('amex-pin');
    expect(completeInBash(['stepwise', 'done', 'mail.'])).toEqual(['mail.request', 'mail.arrival']);
    expect(completeInBash(['stepwise', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it('keeps its helper out of the list of commands', () => {
    expect(runCli(['frobnicate']).stderr).not.toContain('__complete');
    expect(runCli(['--help']).stdout).not.toContain('__complete');
  });
});

describe('the man page', () => {
  it('is made from the help: every command, the environment and the exit status', () => {
    const { code, stdout } = runCli(['__man']);
    expect(code).toBe(0);
    expect(stdout.startsWith('.TH STEPWISE 1')).toBe(true);
    for (const command of ['print', 'search', 'lint', 'done', 'completion']) {
      expect(stdout).toContain(`.B stepwise ${command}`);
    }
    expect(stdout).toContain('.SH ENVIRONMENT');
    expect(stdout).toContain('.SH EXIT STATUS');
    const rendered = spawnSync('man', ['-l', '-'], { input: stdout, encoding: 'utf8' });
    if (rendered.status === 0) expect(rendered.stdout).toMatch(/STEPWISE\(1\)/);
  });
});
