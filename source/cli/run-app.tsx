import { render } from 'ink';
import supportsHyperlinks from 'supports-hyperlinks';
import type { ProgressStore } from '../adapters/progress-store.js';
import { enterFullScreen } from '../adapters/terminal.js';
import type { Guide } from '../domain/guide.js';
import { progressChanges, type Progress } from '../domain/progress.js';
import { placeOf, resumeState } from '../state/resume.js';
import type { Size, UiState } from '../state/ui-state.js';
import { App } from '../ui/App.js';
import { EXIT, err } from './io.js';

const SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;

// Moving around is saved shortly after it stops, so holding an arrow key does not write per step.
const PLACE_SAVE_DELAY_MS = 150;

function terminalSize(): Size {
  return { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

function subscribeResize(listener: (size: Size) => void): () => void {
  const onResize = () => listener(terminalSize());
  process.stdout.on('resize', onResize);
  return () => process.stdout.off('resize', onResize);
}

/** Saves what the app changes: marks and route at once, the place a moment later (and on exit). */
function saver(store: ProgressStore, guide: Guide, start: Progress) {
  let saved = start;
  let pendingPlace: UiState | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flushPlace = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pendingPlace) store.setPlace(guide.id, placeOf(pendingPlace));
    pendingPlace = undefined;
  };
  return {
    onProgress(progress: Progress): string | undefined {
      const changes = progressChanges(saved, progress);
      if (
        Object.keys(progress.done).length === 0 &&
        Object.keys(saved.done).length > 0 &&
        !progress.route
      ) {
        store.reset(guide.id);
      } else {
        for (const change of changes) {
          if (change.type === 'done') store.markDone(guide.id, change.item, change.at);
          else if (change.type === 'undone') store.markUndone(guide.id, change.item);
          else store.setRoute(guide.id, change.route);
        }
      }
      saved = progress;
      return store.notice;
    },
    onChange(state: UiState) {
      pendingPlace = state;
      if (!timer) timer = setTimeout(flushPlace, PLACE_SAVE_DELAY_MS);
    },
    flush: flushPlace,
  };
}

/** Runs the full-screen app until the person quits; every way out leaves the terminal as it was. */
export async function runApp(guide: Guide, store: ProgressStore): Promise<number> {
  const now = new Date();
  const record = store.read(guide.id);
  store.touch(guide.id, now.toISOString());
  const initial = resumeState(guide, record, {
    size: terminalSize(),
    now,
    ...(store.notice !== undefined && { notice: store.notice }),
  });
  const save = saver(store, guide, initial.progress);
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
      initial={initial}
      theme={theme}
      subscribeResize={subscribeResize}
      onProgress={save.onProgress}
      onChange={save.onChange}
    />,
    { exitOnCtrlC: false, patchConsole: false, maxFps: 60 },
  );

  const leave = () => {
    save.flush();
    try {
      instance.unmount();
    } catch {
      // Already unmounted; the terminal still needs restoring below.
    }
    screen.restore();
  };
  const crash = (error: unknown) => {
    leave();
    err(
      `stepwise: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(EXIT.failure);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      leave();
      process.exit(128 + number);
    });
  }

  try {
    await instance.waitUntilExit();
    return EXIT.ok;
  } catch (error) {
    leave();
    err(`stepwise: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    leave();
  }
}
