import { render } from 'ink';
import supportsHyperlinks from 'supports-hyperlinks';
import type { ProgressStore } from '../adapters/progress-store.js';
import { enterFullScreen } from '../adapters/terminal.js';
import { watchGuide } from '../adapters/watch-guide.js';
import type { Guide } from '../domain/guide/guide.js';
import {
  applyChanges,
  progressChanges,
  progressOf,
  visited,
  withPlace,
} from '../domain/progress/progress.js';
import { progressView } from '../domain/progress/progress-view.js';
import { placeOf, resumeState } from '../state/resume.js';
import { createStore } from '../state/store.js';
import type { Size, UiState } from '../state/ui-state.js';
import type { PickerEntry } from '../ui/GuidePicker.js';
import { Root, type GuideSession, type Library } from '../ui/Root.js';
import { EXIT, describeFailure, err } from './io.js';

const SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;

// Moving around is saved shortly after it stops, so holding an arrow key does not write per step.
const PLACE_SAVE_DELAY_MS = 150;

export type OpenGuide = { readonly guide: Guide; readonly path: string };

function terminalSize(): Size {
  return { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

function subscribeResize(listener: (size: Size) => void): () => void {
  const onResize = () => listener(terminalSize());
  process.stdout.on('resize', onResize);
  return () => process.stdout.off('resize', onResize);
}

/**
 * Opens a guide for the app: where the person left it, and the saving of what they do next.
 * Marks and the route are saved at once; the place a moment later, and when the guide is left.
 */
function openSession(
  { guide, path }: OpenGuide,
  progress: ProgressStore,
  options: { inLibrary: boolean; watch: boolean; hyperlinks: boolean },
): GuideSession {
  const now = new Date();
  const record = progress.read(guide.id);
  // A damaged file that was moved aside is news once; progress that cannot be saved stays in view.
  const problem = progress.notice;
  const message =
    problem === undefined ? {} : progress.canSave ? { banner: problem } : { notice: problem };
  const initial = resumeState(guide, record, {
    size: terminalSize(),
    now,
    inLibrary: options.inLibrary,
    hyperlinks: options.hyperlinks,
    ...message,
  });
  const uiStore = createStore(initial);
  // Marks and the route are saved before the screen shows them; a failure shows why, until a
  // save works again (a busy file is retried with the next change).
  uiStore.addEffect((state, previous) => {
    if (state.progress === previous.progress) return undefined;
    const changes = progressChanges(previous.progress, state.progress);
    const at = new Date().toISOString();
    const result = progress.update(guide.id, (latest) => applyChanges(latest, changes, at));
    const notice = result.saved ? undefined : result.reason;
    return notice === state.notice ? undefined : { type: 'notice', text: notice };
  });
  let pendingPlace: UiState | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flushPlace = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const place = pendingPlace && placeOf(pendingPlace);
    if (place) progress.update(guide.id, (latest) => withPlace(latest, place));
    pendingPlace = undefined;
  };
  uiStore.addEffect((state) => {
    pendingPlace = state;
    timer ??= setTimeout(flushPlace, PLACE_SAVE_DELAY_MS);
    return undefined;
  });
  return {
    store: uiStore,
    // The visit is written once the first frame is up: opening never waits for a write.
    onStart() {
      const visit = progress.update(guide.id, (latest) => visited(latest, now.toISOString()));
      return visit.saved || visit.reason === problem ? undefined : visit.reason;
    },
    ...(options.watch && { subscribeGuide: (listener) => watchGuide(path, listener) }),
    close: flushPlace,
  };
}

/** The picker's list: each guide with the person's progress on it, the last used first. */
function pickerEntries(guides: readonly OpenGuide[], store: ProgressStore): PickerEntry[] {
  return guides
    .map(({ guide }) => {
      const record = store.read(guide.id);
      const started = record.lastUsed !== undefined || record.done.size > 0;
      const { doneText } = progressView(guide, progressOf(record), new Date());
      return {
        entry: {
          id: guide.id,
          title: guide.title,
          ...(guide.summary !== undefined && { summary: guide.summary }),
          status: started ? doneText : 'not started',
        },
        lastUsed: record.lastUsed ?? '',
      };
    })
    .sort(
      (a, b) => b.lastUsed.localeCompare(a.lastUsed) || a.entry.title.localeCompare(b.entry.title),
    )
    .map(({ entry }) => entry);
}

/**
 * Runs the full-screen app until the person quits: one guide, or a picker of several. Every way
 * out leaves the terminal as it was.
 */
export async function runApp(
  guides: readonly OpenGuide[],
  store: ProgressStore,
  options: { watch: boolean },
): Promise<number> {
  const theme = {
    color: process.stdout.hasColors?.() ?? false,
    hyperlinks: supportsHyperlinks.stdout,
  };
  const sessions: GuideSession[] = [];
  const open = (guide: OpenGuide, inLibrary: boolean) => {
    const session = openSession(guide, store, {
      inLibrary,
      watch: options.watch,
      hyperlinks: theme.hyperlinks,
    });
    sessions.push(session);
    return session;
  };
  const [only] = guides;
  const library: Library | undefined =
    guides.length > 1
      ? {
          entries: () => pickerEntries(guides, store),
          open: (id) => open(guides.find(({ guide }) => guide.id === id) ?? guides[0]!, true),
        }
      : undefined;

  const screen = enterFullScreen();
  // Raw mode before the first frame: a key pressed as soon as the screen shows is a key, and
  // Ctrl-C is a key too, never a signal that cuts the app short.
  process.stdin.setRawMode(true);
  const instance = render(
    <Root
      theme={theme}
      size={terminalSize()}
      subscribeResize={subscribeResize}
      {...(library ? { library } : only && { session: open(only, false) })}
    />,
    { exitOnCtrlC: false, patchConsole: false, maxFps: 60 },
  );

  const leave = () => {
    for (const session of sessions) session.close();
    try {
      instance.unmount();
    } catch {
      // Already unmounted; the terminal still needs restoring below.
    }
    screen.restore();
  };
  const crash = (error: unknown) => {
    leave();
    err(describeFailure(error));
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
