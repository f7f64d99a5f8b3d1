import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import xtermHeadless from '@xterm/headless';
import { spawn, type IPty } from '@lydell/node-pty';

const { Terminal: Xterm } = xtermHeadless;

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'stepwise.js');

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * What a start of the built command gets, as on a person's second day: Node's compile cache, and
 * the built-in guide in the cache of a config folder that has none yet (warm-caches.ts). A test
 * that is about those caches asks for a cold start instead (`cold: true`).
 */
export function warmStart(configDir: string): Record<string, string> {
  const { seed, compile } = inject('warmCaches');
  const cache = join(configDir, 'cache');
  // Only into a folder that is there and has no cache yet: a test of a missing or unusable config
  // folder gets it as it made it. A copy that fails only costs speed.
  if (isFolder(configDir) && !existsSync(cache)) {
    try {
      mkdirSync(cache, { mode: 0o700 });
      for (const name of readdirSync(join(seed, 'cache'))) {
        if (name.startsWith('guide-')) copyFileSync(join(seed, 'cache', name), join(cache, name));
      }
    } catch {
      // Started cold, then.
    }
  }
  return { NODE_COMPILE_CACHE: compile };
}

export const KEYS = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  enter: '\r',
  escape: '\x1b',
  tab: '\t',
  shiftTab: '\x1b[Z',
  backspace: '\x7f',
  space: ' ',
  ctrlC: '\x03',
} as const;

export type TerminalOptions = {
  cols?: number;
  rows?: number;
  args?: string[];
  env?: Record<string, string | undefined>;
  /** Run this instead of stepwise, e.g. a shell line that starts it. */
  command?: { file: string; args: string[] };
  configDir?: string;
  /** A first start: no compile cache and no guide cache made beforehand (see warmStart). */
  cold?: boolean;
  /** The working folder; the checkout by default. */
  cwd?: string;
  /**
   * The colour the terminal answers with when asked for its background (OSC 11), as xterm does:
   * black by default; null for a terminal that does not answer.
   */
  background?: string | null;
};

/**
 * A real pseudo-terminal running the built app, read back through a headless xterm so tests see
 * what a person would see.
 */
export class TestTerminal {
  readonly xterm: InstanceType<typeof Xterm>;
  readonly pty: IPty;
  readonly configDir: string;
  /** Every byte the program wrote, in order. */
  output = '';
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private pending = Promise.resolve();
  private disposed = false;

  constructor(options: TerminalOptions = {}) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 30;
    this.configDir = options.configDir ?? mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({
      ...process.env,
      TERM: 'xterm-256color',
      COLORTERM: 'truecolor',
      FORCE_COLOR: undefined,
      NO_COLOR: undefined,
      // A UTF-8 locale, whatever the machine has: a test that wants another sets it.
      LANG: 'C.UTF-8',
      LC_ALL: undefined,
      LC_CTYPE: undefined,
      // English, whatever the machine speaks: a test of another language sets it.
      LC_MESSAGES: undefined,
      LANGUAGE: undefined,
      STEPWISE_CONFIG_DIR: this.configDir,
      ...(options.cold ? {} : warmStart(this.configDir)),
      ...options.env,
    })) {
      // The runner's own CI is not the app's business; a test that sets CI means it.
      const ownCi = key === 'CI' && options.env?.CI === undefined;
      if (value !== undefined && !ownCi && !key.startsWith('VITEST')) env[key] = value;
    }
    this.xterm = new Xterm({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    const command = options.command ?? {
      file: process.execPath,
      args: [BIN, ...(options.args ?? [])],
    };
    this.pty = spawn(command.file, command.args, {
      // node-pty sets TERM from the name.
      name: env.TERM ?? 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? ROOT,
      env,
    });
    const background = options.background === undefined ? 'rgb:0000/0000/0000' : options.background;
    this.pty.onData((data) => {
      if (background !== null && data.includes('\u001b]11;?')) {
        this.pty.write(`\u001b]11;${background}\u001b\\`);
      }
      this.output += data;
      // What a killed program wrote last may arrive after the terminal is disposed.
      if (this.disposed) return;
      this.pending = this.pending.then(() =>
        this.disposed
          ? undefined
          : new Promise<void>((done) => this.xterm.write(data, () => done())),
      );
    });
    // The terminal answers the program's questions (its background colour, say), as a real one does.
    this.xterm.onData((reply) => {
      if (!this.disposed) this.pty.write(reply);
    });
    this.exited = new Promise((done) => this.pty.onExit((result) => done(result)));
  }

  /** The visible screen as text, one line per row, trailing spaces removed. */
  screen(): string {
    const buffer = this.xterm.buffer.active;
    const lines: string[] = [];
    for (let row = 0; row < this.xterm.rows; row += 1) {
      lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
    }
    return lines.join('\n');
  }

  /**
   * False while the app is between the start and the end of a synchronized update (a frame being
   * drawn), so that a test never judges half a frame.
   */
  frameComplete(): boolean {
    return this.output.lastIndexOf('\x1b[?2026h') <= this.output.lastIndexOf('\x1b[?2026l');
  }

  get isAlternateScreen(): boolean {
    return this.xterm.buffer.active.type === 'alternate';
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  resize(cols: number, rows: number): void {
    this.pty.resize(cols, rows);
    this.xterm.resize(cols, rows);
  }

  /** Waits until the screen shows the text (or matches), and returns the screen. */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeout = 8000,
  ): Promise<string> {
    const matches = (screen: string) =>
      typeof expected === 'string'
        ? screen.includes(expected)
        : expected instanceof RegExp
          ? expected.test(screen)
          : expected(screen);
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.pending;
      const screen = this.screen();
      if (this.frameComplete() && matches(screen)) {
        // A frame can arrive in more than one write: judge it once the screen holds still.
        await new Promise((done) => setTimeout(done, 30));
        await this.pending;
        const settled = this.screen();
        if (settled === screen && this.frameComplete()) return screen;
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for ${String(expected)}. Screen was:\n${screen}\n` +
            `Last bytes written: ${JSON.stringify(this.output.slice(-200))}`,
        );
      }
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  /** Waits until everything written so far passes the test (for what the screen cannot show, like colours). */
  async waitForOutput(expected: (output: string) => boolean, timeout = 8000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.pending;
      if (expected(this.output)) return this.output;
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for the output to pass ${String(expected)}. ` +
            `Last bytes written: ${JSON.stringify(this.output.slice(-200))}`,
        );
      }
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  /** Waits until the output stops changing for `quiet` ms. */
  async settle(quiet = 150, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = this.output.length;
    let since = Date.now();
    while (Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 20));
      if (this.output.length !== last) {
        last = this.output.length;
        since = Date.now();
      } else if (Date.now() - since >= quiet) {
        break;
      }
    }
    await this.pending;
  }

  async exit(timeout = 8000): Promise<{ exitCode: number; signal?: number }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`no exit within ${timeout} ms:\n${this.screen()}`)),
        timeout,
      );
    });
    try {
      const result = await Promise.race([this.exited, late]);
      await this.pending;
      return result;
    } finally {
      // Never left running: it would read the screen after the terminal is disposed.
      clearTimeout(timer);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      this.pty.kill('SIGKILL');
    } catch {
      // already gone
    }
    this.xterm.dispose();
  }
}
