import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, KEYS, TestTerminal } from '../helpers/terminal.js';

let terminal: TestTerminal | undefined;
afterEach(() => terminal?.dispose());

const TAB_BAR = /1 Steps.*2 FAQ.*3 Tips.*4 Progress/;
const activeTab = (screen: string) => /\[(\d) \w+\]/.exec(screen)?.[1];

// The app runs inside a shell so that the test can see what the terminal looks like afterwards.
function inShell(line: string, cols = 100, rows = 30, env: Record<string, string> = {}) {
  return new TestTerminal({
    cols,
    rows,
    env,
    // The pause keeps the terminal open until its last output has been read: node-pty can drop
    // what a process wrote just before it exited.
    command: { file: '/bin/sh', args: ['-c', `${line}; sleep 1`] },
  });
}
function childOf(pid: number): number {
  const child = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {
    encoding: 'utf8',
  }).trim();
  return Number(child.split('\n')[0]);
}

const APP = `"${process.execPath}" bin/stepwise.js`;

describe.each([
  [100, 30],
  [50, 14],
])('the app at %ix%i', (cols, rows) => {
  it('shows the tab bar and moves between panes with →, Tab, 3 and h', async () => {
    terminal = new TestTerminal({ cols, rows });
    let screen = await terminal.waitFor(TAB_BAR);
    expect(activeTab(screen)).toBe('1');
    expect(screen).toContain('? help');
    expect(screen).toContain('0/14 done');

    terminal.write(KEYS.right);
    screen = await terminal.waitFor((s) => activeTab(s) === '2');
    expect(screen).toContain('Can I reset my PIN online?');

    terminal.write(KEYS.tab);
    screen = await terminal.waitFor((s) => activeTab(s) === '3');
    expect(screen).toContain('Plan ahead');

    terminal.write('1');
    await terminal.waitFor((s) => activeTab(s) === '1');
    terminal.write('3');
    await terminal.waitFor((s) => activeTab(s) === '3');
    terminal.write('h');
    await terminal.waitFor((s) => activeTab(s) === '2');
  });

  it('opens a step with ↓ and Enter and shows its sub-step', async () => {
    terminal = new TestTerminal({ cols, rows });
    await terminal.waitFor(TAB_BAR);
    terminal.write(KEYS.down);
    await terminal.waitFor('› ○ 2. Use your online account');
    terminal.write(KEYS.enter);
    const screen = await terminal.waitFor('›   ○ 2.1 Register for online access');
    expect(screen).toContain('Already registered?');
  });

  it('shows and hides the help with ?', async () => {
    terminal = new TestTerminal({ cols, rows });
    await terminal.waitFor(TAB_BAR);
    terminal.write('?');
    const screen = await terminal.waitFor('Keys (? or Esc to close)');
    expect(screen).toContain('jump to a pane');
    expect(screen).toContain('quit');
    terminal.write('?');
    await terminal.waitFor((s) => !s.includes('Keys (? or Esc') && s.includes('Know your options'));
  });
});

describe('keys typed faster than a frame', () => {
  it('act in order even when they arrive together', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('jjj\r ');
    const screen = await terminal.waitFor('›   ● 4.1 Request the mailer');
    expect(screen).toContain('○ 4.2 When the mailer arrives');
  });
});

describe('Esc pressed just before another key', () => {
  it('is not lost when both arrive together', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('?');
    await terminal.waitFor('Keys (? or Esc to close)');
    terminal.write('\x1b3');
    const screen = await terminal.waitFor('[3 Tips]');
    expect(screen).not.toContain('Keys (? or Esc');
  });
});

describe('leaving the app', () => {
  it('q restores the main screen with what was on it, the cursor and cooked mode', async () => {
    terminal = inShell(
      `echo BEFORE-MARK; ${APP}; stty -a | grep -o -- '-\\?icanon'; echo AFTER-MARK`,
    );
    await terminal.waitFor(TAB_BAR);
    expect(terminal.isAlternateScreen).toBe(true);
    terminal.write('q');
    const screen = await terminal.waitFor('AFTER-MARK');
    expect(terminal.isAlternateScreen).toBe(false);
    expect(screen).toContain('BEFORE-MARK');
    expect(screen).not.toContain('1 Steps');
    expect(screen).toMatch(/^icanon$/m);
    expect(terminal.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?25l'),
    );
  });

  it('Ctrl-C quits the same way', async () => {
    terminal = inShell(`echo BEFORE-MARK; ${APP}; echo "EXIT=$?"`);
    await terminal.waitFor(TAB_BAR);
    terminal.write(KEYS.ctrlC);
    const screen = await terminal.waitFor('EXIT=0');
    expect(terminal.isAlternateScreen).toBe(false);
    expect(screen).toContain('BEFORE-MARK');
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGABRT', 134],
    ['SIGALRM', 142],
    ['SIGXCPU', 152],
  ] as const)('%s restores the terminal', async (signal, code) => {
    terminal = inShell(
      `echo BEFORE-MARK; ${APP}; echo "EXIT=$?"; stty -a | grep -o -- '-\\?icanon'`,
    );
    await terminal.waitFor(TAB_BAR);
    process.kill(childOf(terminal.pty.pid), signal);
    const screen = await terminal.waitFor(/^-?icanon$/m);
    expect(screen).toContain(`EXIT=${code}`);
    expect(terminal.isAlternateScreen).toBe(false);
    expect(screen).toContain('BEFORE-MARK');
    expect(screen).toMatch(/^icanon$/m);
    // The mouse and bracketed paste are off again, after the last time they were turned on.
    expect(terminal.output.lastIndexOf('\x1b[?1000l')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?1000h'),
    );
  });
});

describe('under a CPU profiler', () => {
  it('runs and quits as usual, and the profile is written (the profiler ticks with SIGPROF)', async () => {
    const profiles = mkdtempSync(join(tmpdir(), 'stepwise-profile-'));
    terminal = new TestTerminal({
      command: {
        file: process.execPath,
        args: ['--cpu-prof', '--cpu-prof-dir', profiles, BIN],
      },
    });
    await terminal.waitFor(TAB_BAR);
    // Long enough for many ticks of the profiler.
    await new Promise((done) => setTimeout(done, 500));
    terminal.write('q');
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'))).toHaveLength(1);
  });
});

describe('a crash', () => {
  it('restores the terminal first, then prints the error and exits non-zero', async () => {
    // An error thrown from a timer after start-up, injected from outside the app.
    const crash = `data:text/javascript,${encodeURIComponent('setTimeout(() => { throw new Error("injected failure"); }, 1500);')}`;
    terminal = inShell(
      `echo BEFORE-MARK; ${APP}; echo "EXIT=$?"; stty -a | grep -o -- '-\\?icanon'`,
      100,
      30,
      {
        NODE_OPTIONS: `--import=${crash}`,
      },
    );
    await terminal.waitFor(TAB_BAR);
    const screen = await terminal.waitFor(/^-?icanon$/m);
    expect(screen).toContain('EXIT=1');
    expect(terminal.isAlternateScreen).toBe(false);
    expect(screen).toContain('BEFORE-MARK');
    expect(screen).toContain('injected failure');
    expect(screen).toMatch(/^icanon$/m);
    const leftAt = terminal.output.lastIndexOf('\x1b[?1049l');
    expect(terminal.output.indexOf('injected failure')).toBeGreaterThan(leftAt);
  });
});

describe('screen updates', () => {
  it('a tab switch writes no full-screen clear', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    await terminal.settle();
    const before = terminal.output.length;
    terminal.write(KEYS.right);
    await terminal.waitFor((s) => activeTab(s) === '2');
    await terminal.settle();
    const written = terminal.output.slice(before);
    expect(written.length).toBeGreaterThan(0);
    expect(written).not.toMatch(/\x1b\[2J|\x1b\[3J|\x1bc/);
  });

  it('shows the too-small screen at 30x8 and comes back at 100x30', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.resize(30, 8);
    await terminal.waitFor((screen) =>
      screen.replace(/\s+/g, ' ').includes('Terminal too small: need 40x12, have 30x8'),
    );
    terminal.resize(100, 30);
    const screen = await terminal.waitFor(TAB_BAR);
    expect(screen).not.toContain('too small');
    expect(screen).toContain('Know your options');
  });

  it('with NO_COLOR writes no colour codes, and still marks the active tab and selection', async () => {
    terminal = new TestTerminal({ env: { NO_COLOR: '1' } });
    const screen = await terminal.waitFor(TAB_BAR);
    expect(screen).toContain('[1 Steps]');
    expect(screen).toContain('› ○ 1. Know your options');
    terminal.write(KEYS.right);
    await terminal.waitFor('[2 FAQ]');
    await terminal.settle();
    // SGR parameters 30-49 and 90-107 are colours; 38/48 start extended colours.
    const colours = [...terminal.output.matchAll(/\x1b\[([\d;]*)m/g)]
      .flatMap((match) => (match[1] ?? '').split(';'))
      .filter((code) => /^(3\d|4\d|9\d|10\d)$/.test(code));
    expect(colours).toEqual([]);
  });
});

describe('without a terminal', () => {
  it('--plain prints the guide on a terminal too, for screen readers and logs', async () => {
    terminal = new TestTerminal({ args: ['--plain'] });
    expect((await terminal.exit()).exitCode).toBe(0);
    expect(terminal.output).toContain('2.1 Register for online access');
    expect(terminal.output).not.toContain('\x1b[?1049h');
  });

  it('stepwise | cat prints the guide', async () => {
    terminal = inShell(`${APP} | cat; echo "EXIT=$?"`);
    // Read what was written rather than the screen: hundreds of lines scroll past.
    await terminal.exit(15_000);
    expect(terminal.output).toMatch(/EXIT=0/);
    expect(terminal.output).toContain('STEPS');
    expect(terminal.output).toContain('2.1 Register for online access');
    expect(terminal.output).toContain('Can I choose my own PIN?');
    expect(terminal.output).not.toContain('\x1b[?1049h');
  });
});

describe('CI=true on a real terminal', () => {
  it('draws the app as usual: a terminal on stdout wins over CI', async () => {
    terminal = new TestTerminal({ env: { CI: 'true' } });
    const screen = await terminal.waitFor(TAB_BAR);
    expect(screen).toContain('0/14 done');
    terminal.write(KEYS.right);
    await terminal.waitFor((s) => activeTab(s) === '2');
  });
});

describe('the disclaimer', () => {
  it('opens a first visit, and closes the help', async () => {
    terminal = new TestTerminal();
    const screen = await terminal.waitFor(TAB_BAR);
    expect(screen).toContain('Unofficial guide, not made by or affiliated with');
    terminal.write('?');
    const help = await terminal.waitFor('Keys (? or Esc to close)');
    expect(help).toMatch(/Unofficial guide, not made by or affiliated with/);
  });
});

describe('the help on a small screen', () => {
  it('scrolls at 40x12, so every key can be read', async () => {
    terminal = new TestTerminal({ cols: 40, rows: 12 });
    await terminal.waitFor('0/14 done');
    terminal.write('?');
    await terminal.waitFor('↓ more below');
    let seen = '';
    for (let press = 0; press < 60 && terminal.screen().includes('more below'); press += 1) {
      terminal.write(KEYS.down);
      await terminal.settle(50);
      seen += terminal.screen();
    }
    expect(seen).toMatch(/q C-c\s+quit/);
    expect(seen).toContain('suspend (fg comes back)');
    expect(terminal.screen()).not.toContain('more below');
  });
});

describe('suspending with Ctrl-Z', () => {
  it('gives the terminal back, and after SIGCONT draws the whole screen and takes keys at once', async () => {
    terminal = new TestTerminal();
    await terminal.waitFor(TAB_BAR);
    terminal.write('\x1a');
    await terminal.waitFor(() => !terminal!.isAlternateScreen);
    const left = terminal.output.lastIndexOf('\x1b[?1049l');
    expect(terminal.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?25l'),
    );
    expect(terminal.output.lastIndexOf('\x1b[?2004l')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?2004h'),
    );
    process.kill(terminal.pty.pid, 'SIGCONT');
    const screen = await terminal.waitFor((s) => terminal!.isAlternateScreen && TAB_BAR.test(s));
    expect(terminal.output.lastIndexOf('\x1b[?1049h')).toBeGreaterThan(left);
    expect(screen).toContain('0/14 done');
    terminal.write(KEYS.right);
    await terminal.waitFor((s) => activeTab(s) === '2');
  });
});

describe('a locale that is not UTF-8', () => {
  it('draws with ASCII, and done still differs from not done', async () => {
    terminal = new TestTerminal({ env: { LANG: 'C' } });
    await terminal.waitFor(/1 Steps.*4 Progress/);
    terminal.write(KEYS.space);
    const screen = await terminal.waitFor('1/14 done');
    expect(screen).toMatch(/> \* 1\. Know your options/);
    expect(screen).toMatch(/ {2}o 2\. Use your online account/);
    expect(terminal.output).not.toMatch(/[○●›│]/);
  });
});

describe('a list longer than its room', () => {
  it('marks that there is more below, then above', async () => {
    terminal = new TestTerminal({ cols: 50, rows: 14 });
    await terminal.waitFor(TAB_BAR);
    terminal.write('2');
    let screen = await terminal.waitFor('[2 FAQ]');
    expect(screen).toMatch(/^↓ /m);
    expect(screen).not.toMatch(/^↑ /m);
    terminal.write('G');
    screen = await terminal.waitFor(/^↑ /m);
    expect(screen).not.toMatch(/^↓ /m);
  });
});
