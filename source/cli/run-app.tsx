import { lazyLexicon } from '../adapters/lexicon-file.js';
import { render } from 'ink';
import supportsHyperlinks from 'supports-hyperlinks';
import { loadSaving, type ProgressStore } from '../adapters/progress-store.js';
import {
  backgroundFromReply,
  clipboardSequence,
  clipboardSupport,
  enterFullScreen,
  type Background,
  type BackgroundQuery,
} from '../adapters/terminal.js';
import { watchGuide } from '../adapters/watch-guide.js';
import type { Guide, GuideUpdate } from '../domain/guide/guide.js';
import {
  applyChanges,
  progressChanges,
  type Progress,
  progressOf,
  visited,
  withPlace,
} from '../domain/progress/progress.js';
import { progressView } from '../domain/progress/progress-view.js';
import { toAscii } from '../domain/text/ascii.js';
import { userCalendar, userSettings, wantsAscii } from './user-settings.js';
import type { AppState, PickerEntry } from '../state/app-state.js';
import { placeOf, resumeState, showItem } from '../state/resume.js';
import { createStore, type Effect } from '../state/store.js';
import type { Size, UiState } from '../state/ui-state.js';
import { Root } from '../ui/Root.js';
import type { Theme } from '../ui/theme.js';
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

/** The terminal's stream, writing every symbol as ASCII. */
function asciiStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]): boolean =>
          Reflect.apply(target.write, target, [
            typeof chunk === 'string' ? toAscii(chunk) : chunk,
            ...rest,
          ]) as boolean;
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The picker's list: each guide with the person's progress on it, the last used first. */
function pickerEntries(guides: readonly OpenGuide[], progress: ProgressStore): PickerEntry[] {
  return guides
    .map(({ guide }) => {
      const record = progress.read(guide.id);
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
 * Runs the full-screen app until the person quits: one guide, or a picker of several. One store
 * holds everything on screen; saving progress, remembering the place and opening guides are its
 * effects. Every way out leaves the terminal as it was.
 */
export async function runApp(
  guides: readonly OpenGuide[],
  progress: ProgressStore,
  options: { watch: boolean; mouse: boolean; background: Background | BackgroundQuery },
): Promise<number> {
  const query = typeof options.background === 'object' ? options.background : undefined;
  // One turn of the event loop lets in the terminal's answer if it came while the app loaded (a
  // local terminal's has); then the keyboard is the app's, and a later answer comes as input.
  if (query && query.answer() === undefined) await new Promise((resolve) => setImmediate(resolve));
  await query?.stop();
  let theme: Theme = {
    color: process.stdout.hasColors?.() ?? false,
    hyperlinks: supportsHyperlinks.stdout,
    background: query ? (query.answer() ?? 'dark') : (options.background as Background),
  };
  // A terminal that answers after the first frame (over a slow link) is answered in its colours.
  let awaitingAnswer = query !== undefined && query.answer() === undefined;
  // In a locale that is not UTF-8, every frame's symbols become ASCII of the same width on their
  // way to the terminal, so Ink's layout (made for the symbols) stays right.
  const stdout = wantsAscii() ? asciiStream(process.stdout) : process.stdout;
  const calendar = userCalendar();
  // Read on the first search, not before: opening the app never waits for it.
  const lexicon = lazyLexicon();
  const inLibrary = guides.length > 1;
  // A damaged file that was moved aside is news once; progress that cannot be saved stays in view.
  const problem = progress.notice;
  // With --watch, the newest good version of each guide, so reopening one from the picker shows it.
  const latest = new Map<string, Guide>();
  const openGuide = (id: string): UiState => {
    const guide =
      latest.get(id) ?? (guides.find((candidate) => candidate.guide.id === id) ?? guides[0]!).guide;
    const message =
      problem === undefined ? {} : progress.canSave ? { banner: problem } : { notice: problem };
    return resumeState(guide, progress.read(guide.id), {
      size: terminalSize(),
      now: new Date(),
      inLibrary,
      hyperlinks: theme.hyperlinks,
      calendar,
      lexicon,
      ...message,
    });
  };
  const initial: AppState = inLibrary
    ? {
        size: terminalSize(),
        library: {
          entries: pickerEntries(guides, progress),
          selected: 0,
          guides: guides.map(({ guide }) => guide),
          lexicon,
        },
        quitting: false,
      }
    : { size: terminalSize(), guide: openGuide(guides[0]!.guide.id), quitting: false };
  const store = createStore(initial);
  const lastSaved = new Map<string, Progress>();
  // What a guide shows when it opens came from the file: that is what was last saved.
  if (initial.guide) lastSaved.set(initial.guide.guide.id, initial.guide.progress);

  // What only the system can do: open an address, set the clipboard. The request is carried out
  // once, and the person is told how it went.
  store.addEffect((state, previous) => {
    const request = state.guide?.request;
    if (!request || request === previous.guide?.request) return undefined;
    if (request.kind === 'copy') {
      if (!clipboardSupport()) {
        return {
          type: 'request/done',
          message:
            'This terminal cannot set the clipboard (no OSC 52): select the text with the mouse instead.',
        };
      }
      process.stdout.write(clipboardSequence(request.text));
      const tmux = process.env.TMUX ? ' (inside tmux this needs: set -g set-clipboard on)' : '';
      return { type: 'request/done', message: `Copied "${request.what}" to the clipboard${tmux}.` };
    }
    // Loaded when first asked for: the first frame does not wait for the code that starts programs.
    void import('../adapters/system-open.js')
      .then(({ openAddress }) => openAddress(request.href))
      .then((problem) => {
        if (problem)
          store.dispatch({
            type: 'request/done',
            message: `Could not open ${request.href}: ${problem}.`,
          });
      });
    return { type: 'request/done', message: `Opening ${request.href} …` };
  });

  // The guide the picker asked for.
  store.addEffect((state) => {
    const id = state.library?.opening;
    if (id === undefined || state.guide) return undefined;
    const at = state.library?.openAt;
    const opened = at ? showItem(openGuide(id), at.pane, at.item) : openGuide(id);
    lastSaved.set(id, opened.progress);
    return { type: 'guide/open', state: opened };
  });

  // Marks and the route are saved before the screen shows them; a failure shows why, until a
  // save works again. What was last saved is kept per guide: a change that could not be saved
  // (a busy file) is part of the difference the next save writes, never dropped.
  const saveMarks: Effect = (state) => {
    const now = state.guide;
    if (!now) return undefined;
    const id = now.guide.id;
    const saved = lastSaved.get(id);
    if (saved === undefined || now.progress === saved) return undefined;
    const changes = progressChanges(saved, now.progress);
    const at = new Date().toISOString();
    const result = progress.update(id, (latest) => applyChanges(latest, changes, at));
    if (result.saved) lastSaved.set(id, now.progress);
    const notice = result.saved ? undefined : result.reason;
    return notice === now.notice ? undefined : { type: 'notice', text: notice };
  };
  store.addEffect(saveMarks);

  // Where the person is (pane, selection, scroll) is saved a moment after they stop moving, and
  // when they leave the guide.
  let pendingPlace: UiState | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flushPlace = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const place = pendingPlace && placeOf(pendingPlace);
    if (pendingPlace && place) {
      progress.update(pendingPlace.guide.id, (latest) => withPlace(latest, place));
    }
    pendingPlace = undefined;
  };
  store.addEffect((state) => {
    if (!state.guide) return undefined;
    if (pendingPlace && pendingPlace.guide.id !== state.guide.guide.id) flushPlace();
    pendingPlace = state.guide;
    timer ??= setTimeout(flushPlace, PLACE_SAVE_DELAY_MS);
    return undefined;
  });

  // `b` in a guide: back to the picker, with everyone's progress as it is now.
  store.addEffect((state) => {
    if (!state.guide?.leaving) return undefined;
    flushPlace();
    return { type: 'picker/show', entries: pickerEntries(guides, progress) };
  });

  const pathOf = (id: string) => guides.find(({ guide }) => guide.id === id)?.path;
  const mouse = options.mouse && userSettings().mouse === 'on';
  const screen = enterFullScreen(process.stdout, process.stdin, { mouse });
  // Raw mode before the first frame: a key pressed as soon as the screen shows is a key, and
  // Ctrl-C is a key too, never a signal that cuts the app short.
  process.stdin.setRawMode(true);
  let instance: ReturnType<typeof render> | undefined;
  // Ctrl-Z, or a stop signal from outside: the terminal goes back to the shell as it was, and
  // after `fg` the screen is drawn whole again.
  store.addEffect((state) => {
    if (!state.suspending) return undefined;
    flushPlace();
    // `redraw` is added to Ink's instance by the build (scripts/patch-modules.js).
    screen.suspend(() => (instance as { redraw?: () => void } | undefined)?.redraw?.());
    return { type: 'resumed' };
  });
  process.on('SIGTSTP', () => store.dispatch({ type: 'suspend' }));
  const leave = () => {
    // A change the file was too busy for gets one last try on the way out.
    saveMarks(store.getState(), store.getState());
    flushPlace();
    try {
      instance?.unmount();
    } catch {
      // Already unmounted; the terminal still needs restoring below.
    }
    screen.restore();
  };
  // The code that saves progress loads once the first frame is up: opening never waits for it.
  // Keys, timers and the visit below all come after it has.
  let firstFrameDrawn = () => {};
  const saving = new Promise<void>((resolve) => (firstFrameDrawn = resolve)).then(loadSaving);
  const onTerminalAnswer = (answer: string) => {
    const background = awaitingAnswer ? backgroundFromReply(answer) : undefined;
    if (background === undefined) return;
    awaitingAnswer = false;
    if (background === theme.background) return;
    theme = { ...theme, background };
    instance?.rerender(view());
  };
  // Made once: the view is drawn again with other colours, and the app must not subscribe anew.
  // The visit is written once the guide's first frame is up: opening never waits for a write.
  const onGuideShown = (id: string) => {
    const shown = store.getState().guide?.guide;
    const at = new Date().toISOString();
    void saving.then(
      () => {
        const visit = progress.update(id, (latest) =>
          visited(latest, at, shown?.id === id ? shown : undefined),
        );
        if (!visit.saved && visit.reason !== problem) {
          store.dispatch({ type: 'notice', text: visit.reason });
        }
      },
      // Said where the app waits for it, below.
      () => undefined,
    );
    return undefined;
  };
  const subscribeGuide = (id: string, listener: (update: GuideUpdate) => void) => {
    const path = pathOf(id);
    return path
      ? watchGuide(path, (update) => {
          if ('guide' in update && update.guide.id === id) latest.set(id, update.guide);
          listener(update);
        })
      : () => undefined;
  };
  const view = () => (
    <Root
      store={store}
      theme={theme}
      mouse={mouse}
      subscribeResize={subscribeResize}
      onTerminalAnswer={onTerminalAnswer}
      onGuideShown={onGuideShown}
      {...(options.watch && { subscribeGuide })}
    />
  );
  try {
    instance = render(view(), { stdout, exitOnCtrlC: false, patchConsole: false, maxFps: 60 });
  } catch (error) {
    // A failure in the first frame: the terminal is restored first, so the message is seen.
    leave();
    throw error;
  }
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

  firstFrameDrawn();
  try {
    await saving;
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
