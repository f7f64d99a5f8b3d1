import { writeSync } from 'node:fs';

// Bracketed paste makes the terminal mark pasted text, so that a paste is never read as keys.
const ENABLE_PASTE = '\u001b[?2004h';
const DISABLE_PASTE = '\u001b[?2004l';
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
// Ink hides the cursor and Ink 6's kitty keyboard detection may push a mode: undo both.
const RESET_MODES = '\u001b[<u\u001b[0m';

export type FullScreen = {
  /** Puts the terminal back as it was. Safe to call more than once, and from any exit path. */
  readonly restore: () => void;
  /**
   * Ctrl-Z: puts the terminal back as it was and stops the process, as a shell's job control
   * expects; when the shell continues it (`fg`), takes the screen again and calls `redraw`.
   */
  readonly suspend: (redraw: () => void) => void;
};

const HIDE_CURSOR = '\u001b[?25l';
// Clicks and the wheel, reported in the SGR form (1006) that has no limit on the column.
const ENABLE_MOUSE = '\u001b[?1000h\u001b[?1006h';
const DISABLE_MOUSE = '\u001b[?1006l\u001b[?1000l';

/**
 * Switches to the alternate screen. Restoring writes synchronously, because on a signal or a crash
 * there may be no later turn of the event loop in which a stream write would be flushed.
 */
export function enterFullScreen(
  stdout: NodeJS.WriteStream = process.stdout,
  stdin: NodeJS.ReadStream = process.stdin,
  options: { readonly mouse?: boolean } = {},
): FullScreen {
  const mouse = options.mouse ? ENABLE_MOUSE : '';
  stdout.write(ENTER_ALTERNATE_SCREEN + ENABLE_PASTE + mouse);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // The terminal may already be gone (SIGHUP); nothing left to restore then.
    }
    try {
      writeSync(
        (stdout as { fd?: number }).fd ?? 1,
        `${DISABLE_MOUSE}${DISABLE_PASTE}${RESET_MODES}${SHOW_CURSOR}${LEAVE_ALTERNATE_SCREEN}`,
      );
    } catch {
      // As above.
    }
  };
  process.once('exit', restore);
  const suspend = (redraw: () => void) => {
    restore();
    // SIGSTOP cannot be caught: the process stops here, and goes on from here after `fg`.
    process.kill(process.pid, 'SIGSTOP');
    restored = false;
    try {
      if (stdin.isTTY) stdin.setRawMode(true);
      writeSync(
        (stdout as { fd?: number }).fd ?? 1,
        ENTER_ALTERNATE_SCREEN + ENABLE_PASTE + mouse + HIDE_CURSOR,
      );
    } catch {
      // The terminal went away while stopped; the next write will say so.
    }
    redraw();
  };
  return { restore, suspend };
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
