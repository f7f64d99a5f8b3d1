import { writeSync } from 'node:fs';

// Bracketed paste makes the terminal mark pasted text, so that a paste is never read as keys.
const ENABLE_PASTE = '\u001b[?2004h';
const DISABLE_PASTE = '\u001b[?2004l';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
// A kitty keyboard mode some other program may have pushed, and any colour left on.
const RESET_MODES = '\u001b[<u\u001b[0m';
// Clicks and the wheel, reported in the SGR form (1006) that has no limit on the column.
const ENABLE_MOUSE = '\u001b[?1000h\u001b[?1006h';
const DISABLE_MOUSE = '\u001b[?1006l\u001b[?1000l';

export type FullScreen = {
  /** Puts the terminal back as it was. Safe to call more than once, and from any exit path. */
  readonly restore: () => void;
  /** Turns off the modes the app set (mouse, bracketed paste), while the shell has the terminal. */
  readonly pauseModes: () => void;
  /** Turns them on again. */
  readonly resumeModes: () => void;
};

/**
 * Turns on what the app's input needs (bracketed paste, and the mouse unless --no-mouse); Ink
 * draws in the alternate screen. Restoring writes synchronously, and leaves the alternate screen
 * and shows the cursor too, because on a signal or a crash there may be no later turn of the
 * event loop in which Ink's own stream writes would be flushed.
 */
export function enterFullScreen(
  stdout: NodeJS.WriteStream = process.stdout,
  stdin: NodeJS.ReadStream = process.stdin,
  options: { readonly mouse?: boolean; readonly normalScreen?: boolean } = {},
): FullScreen {
  const fd = (stdout as { fd?: number }).fd ?? 1;
  const modes = ENABLE_PASTE + (options.mouse ? ENABLE_MOUSE : '');
  const writeNow = (text: string) => {
    try {
      writeSync(fd, text);
    } catch {
      // The terminal may already be gone (SIGHUP); nothing left to restore then.
    }
  };
  stdout.write(modes);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // As above.
    }
    // Leaving an alternate screen that was never entered would move the cursor on some terminals;
    // on the normal screen the last frame stays, and the shell's prompt goes on a line of its own.
    writeNow(
      `${DISABLE_MOUSE}${DISABLE_PASTE}${RESET_MODES}${SHOW_CURSOR}${options.normalScreen ? '\r\n' : LEAVE_ALTERNATE_SCREEN}`,
    );
  };
  process.once('exit', restore);
  return {
    restore,
    pauseModes: () => writeNow(DISABLE_MOUSE + DISABLE_PASTE),
    resumeModes: () => writeNow(modes),
  };
}

/**
 * Whether the terminal takes OSC 52, the escape sequence that sets the clipboard. Most do (xterm,
 * kitty, WezTerm, iTerm2, Alacritty, foot, Windows Terminal, tmux with set-clipboard); the ones
 * known not to are named here, so the app can say so instead of pretending.
 */
export function clipboardSupport(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.TERM_PROGRAM === 'Apple_Terminal') return false;
  if (env.TERM === 'linux' || env.TERM === 'dumb' || env.TERM === undefined) return false;
  return true;
}

/** The OSC 52 sequence that puts `text` on the clipboard. */
export function clipboardSequence(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

export type Background = 'dark' | 'light';

/**
 * The background a terminal says it has in COLORFGBG ("15;0": light text on colour 0), which
 * rxvt, Konsole and others set: colours 7 and 15 are light, the rest dark.
 */
export function backgroundFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Background | undefined {
  const background = env.COLORFGBG?.split(';').at(-1);
  if (background === undefined || !/^\d+$/.test(background)) return undefined;
  return background === '7' || background === '15' ? 'light' : 'dark';
}

/** The background from a terminal's answer to OSC 11: "ESC ] 11 ; rgb:RRRR/GGGG/BBBB". */
export function backgroundFromReply(reply: string): Background | undefined {
  // eslint-disable-next-line no-control-regex
  const match = /\u001b\]11;rgba?:([0-9a-f]+)\/([0-9a-f]+)\/([0-9a-f]+)/i.exec(reply);
  if (!match) return undefined;
  const [red, green, blue] = [match[1], match[2], match[3]].map(
    (hex = '0') => Number.parseInt(hex, 16) / (16 ** hex.length - 1),
  );
  // Relative luminance, near enough: over half is a light background.
  const luminance = 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
  return luminance > 0.5 ? 'light' : 'dark';
}

/** A whole answer to OSC 11, up to its terminator (BEL or ESC \\). */
// eslint-disable-next-line no-control-regex
const BACKGROUND_REPLY = /\u001b\]11;[^\u0007\u001b]*(?:\u0007|\u001b\\)/;

/** A question to the terminal about its background, asked while the app loads. */
export type BackgroundQuery = {
  /** The background the terminal has said it has; undefined until (or unless) it answers. */
  answer(): Background | undefined;
  /**
   * Stops listening, before the app reads the keyboard: whatever else arrived meanwhile (a key
   * pressed early) goes back to stdin for the app, and an answer still to come reaches the app as
   * input, as every answer a terminal sends does. Resolves once stdin has paused: Node stops
   * reading a paused stdin a tick later, and a reader that starts before that never reads.
   * Leaving without the app, it first waits up to `waitMs` for an answer not yet come, so that it
   * does not land at the shell's prompt.
   */
  stop(waitMs?: number): Promise<void>;
};

/**
 * Asks the terminal for its background colour (OSC 11) and listens for the answer until `stop`.
 * Nothing waits for it: a terminal answers well before the app has loaded, and one that never
 * answers (or answers late, over a slow link) costs nothing.
 */
export function askBackground(
  stdin: NodeJS.ReadStream = process.stdin,
  stdout: NodeJS.WriteStream = process.stdout,
): BackgroundQuery | undefined {
  if (!stdin.isTTY || !stdout.isTTY) return undefined;
  let received = '';
  let background: Background | undefined;
  let heard = () => {};
  const answered = new Promise<void>((resolve) => (heard = resolve));
  const release = () => {
    stdin.off('data', onData);
    stdin.pause();
    const rest = received.replace(BACKGROUND_REPLY, '');
    if (rest !== '') stdin.unshift(Buffer.from(rest, 'latin1'));
    return new Promise<void>((resolve) => process.nextTick(resolve));
  };
  let stopped: Promise<void> | undefined;
  const stop = (waitMs = 0) => {
    stopped ??=
      waitMs > 0 && background === undefined
        ? new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, waitMs);
            void answered.then(() => {
              clearTimeout(timer);
              resolve();
            });
          }).then(release)
        : release();
    return stopped;
  };
  const onData = (chunk: Buffer) => {
    received += chunk.toString('latin1');
    const found = backgroundFromReply(received);
    if (found !== undefined && BACKGROUND_REPLY.test(received)) {
      background = found;
      heard();
      void stop();
    }
  };
  try {
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    stdout.write('\u001b]11;?\u001b\\');
  } catch {
    void stop();
  }
  return { answer: () => background, stop };
}
