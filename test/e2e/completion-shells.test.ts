// Completion in real shells, typed into a pseudo-terminal as a person does: a new bash, zsh and
// fish, each set up as the README says, and the first TAB must work. Needs bash, zsh and fish
// (.ci/run installs Debian's zsh and fish packages).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BIN, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

type Shell = 'bash' | 'zsh' | 'fish';

/** A new shell with stepwise on its PATH and its completion installed where the README says. */
async function newShell(shell: Shell) {
  const home = mkdtempSync(join(tmpdir(), `stepwise-${shell}-`));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  const shim = join(bin, 'stepwise');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const script = runCli(['completion', shell]).stdout;
  const env: Record<string, string | undefined> = {
    HOME: home,
    PATH: [bin, process.env.PATH].join(delimiter),
    STEPWISE_CONFIG_DIR: join(home, 'config'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    TERM: 'xterm-256color',
    // No other completions from the machine's own files.
    BASH_COMPLETION_USER_DIR: undefined,
  };
  let command: { file: string; args: string[] };
  if (shell === 'bash') {
    const dir = join(home, '.local', 'share', 'bash-completion', 'completions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stepwise'), script);
    // As bash-completion would: the file is read for the command's first completion. Here the
    // .bashrc sources it, with readline showing every candidate on the first TAB.
    writeFileSync(
      join(home, '.inputrc'),
      'set show-all-if-ambiguous on\nset page-completions off\nset completion-query-items 0\nset bell-style none\n',
    );
    writeFileSync(join(home, '.bashrc'), `PS1='$ '\nsource "${join(dir, 'stepwise')}"\n`);
    env.INPUTRC = join(home, '.inputrc');
    command = { file: 'bash', args: ['--noprofile', '--rcfile', join(home, '.bashrc'), '-i'] };
  } else if (shell === 'zsh') {
    const dir = join(home, '.zfunc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '_stepwise'), script);
    writeFileSync(
      join(home, '.zshrc'),
      `fpath=("${dir}" $fpath)\nautoload -Uz compinit && compinit -u\nPS1='$ '\nunsetopt beep\n`,
    );
    env.ZDOTDIR = home;
    command = { file: 'zsh', args: ['-i'] };
  } else {
    const dir = join(home, '.config', 'fish', 'completions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stepwise.fish'), script);
    writeFileSync(
      join(home, '.config', 'fish', 'config.fish'),
      "set -g fish_greeting ''\nfunction fish_prompt; echo -n '$ '; end\nfunction fish_right_prompt; end\n",
    );
    command = { file: 'fish', args: ['-i'] };
  }
  const terminal = new TestTerminal({ cols: 120, rows: 30, command, env, background: null });
  terminals.push(terminal);
  await terminal.waitFor((screen) => screen.includes('$'));
  return terminal;
}

/** Types the line on a clear screen, presses TAB once, and waits for the expected answer. */
async function tab(terminal: TestTerminal, line: string, expected: RegExp) {
  // A clear screen, so only this line's answer can match.
  terminal.write('\u000c');
  await terminal.waitFor((screen) => screen.trim() === '$');
  terminal.write(line);
  await terminal.waitFor((screen) => screen.includes(line.trimEnd()));
  terminal.write('\t');
  const screen = await terminal.waitFor(expected, 10_000);
  expect(screen).toMatch(expected);
  // The completion has answered: clear the line for the next case.
  terminal.write('\u0003');
  await terminal.settle(100);
  return screen;
}

describe.each(['bash', 'zsh', 'fish'] as const)('completion in a new %s', (shell) => {
  it.skipIf(!has(shell))(
    'completes commands, options, option values, guide ids and item ids on the first TAB',
    async () => {
      const terminal = await newShell(shell);
      await tab(terminal, 'stepwise sea', /stepwise search/);
      await tab(terminal, 'stepwise print --js', /stepwise print --json/);
      await tab(terminal, 'stepwise --theme ', /auto[\s\S]*dark[\s\S]*light/);
      await tab(terminal, 'stepwise --theme li', /stepwise --theme light/);
      await tab(terminal, 'stepwise config set ', /country[\s\S]*screen-reader/);
      await tab(terminal, 'stepwise config set theme da', /config set theme dark/);
      await tab(terminal, 'stepwise config set country G', /GB/);
      await tab(terminal, 'stepwise --guide amex', /--guide amex-pin/);
      await tab(terminal, 'stepwise --guide amex-pin done mail.req', /done mail\.request/);
      await tab(terminal, 'stepwise --guide=amex-pin done mail.req', /done mail\.request/);
      await tab(terminal, 'stepwise done 4.', /4\.1[\s\S]*4\.2/);
      await tab(terminal, 'stepwise route ph', /route phone/);
      await tab(terminal, 'stepwise completion z', /completion zsh/);
    },
  );
});
