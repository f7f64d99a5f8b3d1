import { lexiconFor } from '../adapters/lexicon-file.js';
import { currentLanguage, t } from '../domain/i18n/translate.js';
import { render, type SuspendTerminal } from 'ink';
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
import { readTerminalInput } from '../adapters/terminal-input.js';
import { watchGuide } from '../adapters/watch-guide.js';
import type { Guide, GuideUpdate } from '../domain/guide/guide.js';
import { progressOf, withChanges } from '../domain/progress/progress.js';
import { watchSyncFolder } from '../adapters/watch-sync.js';
import { stopParses } from '../adapters/parse-in-worker.js';
import { syncNews } from './open-progress.js';
import { progressView } from '../domain/progress/progress-view.js';
import { toAscii } from '../domain/text/ascii.js';
import { userCalendar, userSettings, wantsAscii } from './user-settings.js';
import type { AppState, PickerEntry } from '../state/app-state.js';
import { resumeState, showItem } from '../state/resume.js';
import { createStore } from '../state/store.js';
import { createSaver } from './saver.js';
import type { Size, UiState } from '../state/ui-state.js';
import { Root } from '../ui/Root.js';
import type { Theme } from '../ui/theme.js';
import { EXIT, describeFailure, err } from './io.js';
import { signalsToCatch } from './signals.js';

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

/** Puts text on the clipboard with OSC 52, where the terminal takes it; says how it went. */
function copyToClipboard(request: { readonly text: string; readonly what: string }): string {
  if (!clipboardSupport()) {
    return t(
      'This terminal cannot set the clipboard (no OSC 52): select the text with the mouse instead.',
    );
  }
  process.stdout.write(clipboardSequence(request.text));
  return process.env.TMUX
    ? t('Copied "{item}" to the clipboard (inside tmux this needs: set -g set-clipboard on).', {
        item: request.what,
      })
    : t('Copied "{item}" to the clipboard.', { item: request.what });
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
          status: started ? doneText : t('not started'),
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
  options: {
    watch: boolean;
    mouse: boolean;
    background: Background | BackgroundQuery;
    /** Plain lines on the normal screen, states in words (ui/ReaderScreen.tsx). */
    screenReader?: boolean;
  },
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
  const lexicon = lexiconFor(currentLanguage());
  const inLibrary = guides.length > 1;
  const reader = options.screenReader === true;
  // A damaged file that was moved aside is news once; progress that cannot be saved stays in view.
  // So is what the sync folder has to say (a new device id, a file it could not merge).
  const news = syncNews(progress);
  const problem =
    progress.notice ??
    (news.length > 0 ? t('Sync: {news}.', { news: news.join('; ') }) : undefined);
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
      reader,
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
      }
    : { size: terminalSize(), guide: openGuide(guides[0]!.guide.id) };
  const store = createStore(initial);
  const pathOf = (id: string) => guides.find(({ guide }) => guide.id === id)?.path;
  const mouse = options.mouse && userSettings().mouse === 'on';
  // Ink draws in the alternate screen; the modes the input needs (bracketed paste, the mouse) are
  // ours, and so is restoring everything on any way out.
  const screen = enterFullScreen(process.stdout, process.stdin, { mouse, normalScreen: reader });
  // The one reader of the keyboard, in raw mode from before the first frame: a key pressed as soon
  // as the screen shows is a key, and Ctrl-C is a key too, never a signal that cuts the app short.
  const input = readTerminalInput(process.stdin);
  let instance: ReturnType<typeof render> | undefined;
  let suspendTerminal: SuspendTerminal | undefined;
  const guideOf = (id: string) =>
    latest.get(id) ?? guides.find((candidate) => candidate.guide.id === id)?.guide;
  // A failed save is said until a save works again.
  const saver = createSaver(progress, guideOf, (notice) => {
    if (store.getState().guide?.notice !== notice) store.dispatch({ type: 'notice', text: notice });
  });

  // The one place where what actions ask of the world is carried out.
  store.runEffects((effects) => {
    for (const effect of effects) {
      switch (effect.type) {
        case 'save-progress':
          saver.saveChanges(effect.guide, effect.changes);
          break;
        case 'save-place':
          saver.savePlaceSoon(effect.guide, effect.place);
          break;
        case 'copy':
          store.dispatch({ type: 'request/done', message: copyToClipboard(effect) });
          break;
        case 'open-link':
          store.dispatch({
            type: 'request/done',
            message: t('Opening {address} …', { address: effect.href }),
          });
          // Loaded when first asked for: the first frame does not wait for the code that starts
          // programs.
          void import('../adapters/system-open.js')
            .then(({ openAddress }) => openAddress(effect.href))
            .then((failure) => {
              if (failure) {
                store.dispatch({
                  type: 'request/done',
                  message: t('Could not open {address}: {problem}.', {
                    address: effect.href,
                    problem: failure,
                  }),
                });
              }
            });
          break;
        case 'open-guide': {
          const opened = effect.at
            ? showItem(openGuide(effect.id), effect.at.pane, effect.at.item)
            : openGuide(effect.id);
          store.dispatch({ type: 'guide/open', state: opened });
          break;
        }
        case 'show-picker':
          // The picker reads every guide's progress from the file: all of it is saved first.
          saver.flushAll();
          store.dispatch({ type: 'picker/show', entries: pickerEntries(guides, progress) });
          break;
        case 'suspend':
          saver.flushPlace();
          void suspend();
          break;
        case 'quit':
          saver.flushPlace();
          instance?.unmount();
          break;
      }
    }
  });

  // A change made on another device shows within seconds, without moving the person's place.
  const stopWatchingSync =
    progress.sync &&
    watchSyncFolder(progress.sync.folder, () => {
      // A folder that was away is back, or the sync tool removed this computer's file: written again.
      const view = progress.syncView();
      if (view) progress.publishIfStale(view);
      const id = store.getState().guide?.guide.id;
      if (id === undefined) return;
      const merged = withChanges(progressOf(progress.read(id)), saver.unsavedChanges(id));
      store.dispatch({ type: 'progress/synced', guide: id, progress: merged });
    });

  // Ctrl-Z, or a stop signal from outside: the terminal goes back to the shell as it was, and
  // after `fg` Ink takes it again and draws the whole screen.
  let suspended = false;
  const suspend = async () => {
    if (suspended || !suspendTerminal) return;
    suspended = true;
    try {
      await suspendTerminal(() => {
        input.pause();
        screen.pauseModes();
        // SIGSTOP cannot be caught: the process stops here, and goes on from here after `fg`.
        process.kill(process.pid, 'SIGSTOP');
        screen.resumeModes();
        input.resume();
      });
    } finally {
      suspended = false;
    }
  };
  process.on('SIGTSTP', () => store.dispatch({ type: 'suspend' }));
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    if (stopWatchingSync) stopWatchingSync();
    // A guide being parsed for --watch is not waited for.
    stopParses();
    saver.flushAll();
    input.close();
    try {
      instance?.unmount();
    } catch {
      // Already unmounted; the terminal still needs restoring below.
    }
    screen.restore();
    // Said after the terminal is back, so that it stays on screen.
    const unsaved = saver.unsavedReason();
    if (unsaved !== undefined) {
      err(
        `stepwise: ${t('some of your changes were not saved ({problem}); they are lost', { problem: unsaved })}`,
      );
      process.exitCode = EXIT.failure;
    }
    process.off('exit', leave);
  };
  // Whatever ends the process (a closed terminal, an error writing to it): what is pending is
  // written, synchronously, on the way out.
  process.once('exit', leave);
  // The code that saves progress loads once the first frame is up: opening never waits for it.
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
  const subscribeGuide = (id: string, listener: (update: GuideUpdate) => void) => {
    const path = pathOf(id);
    return path
      ? watchGuide(path, (update) => {
          if ('guide' in update && update.guide.id === id) latest.set(id, update.guide);
          listener(update);
        })
      : () => undefined;
  };
  const onTerminal = (terminal: { readonly suspendTerminal: SuspendTerminal }) => {
    suspendTerminal = terminal.suspendTerminal;
  };
  // Made once: the view is drawn again with other colours, and the app must not subscribe anew.
  const view = () => (
    <Root
      store={store}
      theme={theme}
      mouse={mouse}
      subscribeInput={input.subscribe}
      subscribeResize={subscribeResize}
      onTerminalAnswer={onTerminalAnswer}
      onTerminal={onTerminal}
      {...(options.watch && { subscribeGuide })}
    />
  );
  try {
    instance = render(view(), {
      stdout,
      exitOnCtrlC: false,
      patchConsole: false,
      maxFps: 60,
      // A screen reader reads the normal screen, where what was said stays to be read again.
      alternateScreen: !reader,
      isScreenReaderEnabled: reader,
      // A person at a terminal sees every frame, even with CI set in their environment.
      interactive: Boolean(process.stdout.isTTY),
    });
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
  for (const [signal, number] of signalsToCatch(process.execArgv, process.env.NODE_OPTIONS ?? '')) {
    process.once(signal, () => {
      leave();
      process.exit(128 + number);
    });
  }

  firstFrameDrawn();
  try {
    await saving;
    // A change made before the saving code had loaded is saved now.
    saver.retry();
    await instance.waitUntilExit();
    leave();
    return saver.unsavedReason() === undefined ? EXIT.ok : EXIT.failure;
  } catch (error) {
    leave();
    err(`stepwise: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    leave();
  }
}
