import { render } from 'ink';
import supportsHyperlinks from 'supports-hyperlinks';
import { enterFullScreen } from '../adapters/terminal.js';
import type { Guide } from '../domain/guide.js';
import type { Size } from '../state/ui-state.js';
import { initialState } from '../state/ui-state.js';
import { App } from '../ui/App.js';
import { EXIT, err } from './io.js';

const SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;

function terminalSize(): Size {
  return { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

function subscribeResize(listener: (size: Size) => void): () => void {
  const onResize = () => listener(terminalSize());
  process.stdout.on('resize', onResize);
  return () => process.stdout.off('resize', onResize);
}

/** Runs the full-screen app until the person quits; every way out leaves the terminal as it was. */
export async function runApp(guide: Guide): Promise<number> {
  const theme = {
    color: process.stdout.hasColors?.() ?? false,
    hyperlinks: supportsHyperlinks.stdout,
  };
  const screen = enterFullScreen();
  // Raw mode before the first frame: a key pressed as soon as the screen shows is a key, and
  // Ctrl-C is a key too, never a signal that cuts the app short.
  process.stdin.setRawMode(true);
  const instance = render(
    <App
      initial={initialState(guide, { size: terminalSize() })}
      theme={theme}
      subscribeResize={subscribeResize}
    />,
    { exitOnCtrlC: false, patchConsole: false, maxFps: 60 },
  );

  const crash = (error: unknown) => {
    try {
      instance.unmount();
    } catch {
      // Already unmounted; the terminal still needs restoring below.
    }
    screen.restore();
    err(
      `stepwise: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(EXIT.failure);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      try {
        instance.unmount();
      } catch {
        // See crash above.
      }
      screen.restore();
      process.exit(128 + number);
    });
  }

  try {
    await instance.waitUntilExit();
    return EXIT.ok;
  } catch (error) {
    screen.restore();
    err(`stepwise: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    screen.restore();
  }
}
