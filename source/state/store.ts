import type { AppAction, AppState, LibraryResults } from './app-state.js';
import { createAppUpdate, libraryResults, placeChanged } from './app-state.js';
import { createDerive, type Derive } from './derive.js';
import type { Effect } from './effects.js';
import { placeOf } from './resume.js';
import { createUpdate } from './reducer.js';
import type { UiState } from './ui-state.js';
import { t } from '../domain/i18n/translate.js';

/**
 * Carries out what actions ask of the world (saving, opening, quitting): the one place that does.
 * It runs after the state has changed and before the view is told, so that a mark on screen is a
 * mark on disk; it may dispatch more actions (a notice that saving failed).
 */
export type EffectRunner = (effects: readonly Effect[], store: Store) => void;

/** The one owner of the app's state. */
export type Store = {
  readonly getState: () => AppState;
  /** Updates with the action once, settles the result, runs its effects, then tells the view. */
  readonly dispatch: (action: AppAction) => void;
  /** For the view (`useSyncExternalStore`); returns how to stop listening. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Sets who carries out effects; without one, effects are dropped (tests of the view). */
  readonly runEffects: (runner: EffectRunner) => void;
  /** The memoised derived data the reducer used, for the view to read the same. */
  readonly derive: Derive;
  /** The picker's search results, as the reducer saw them. */
  readonly libraryResults: LibraryResults;
};

/** A store whose state is one open guide, as the app has after opening it; for tests too. */
export function appStateOf(guide: UiState): AppState {
  return { size: guide.size, guide };
}

export function createStore(initial: AppState, derive: Derive = createDerive()): Store {
  const results = libraryResults();
  const update = createAppUpdate(createUpdate(derive), results);
  // Scrolling past the end of the text is where layout meets state: settled here, with the
  // layout the view will draw, so the reducer never lays out text.
  const settle = (state: AppState): AppState => {
    const guide = state.guide;
    if (!guide) return state;
    const { scrollTo, ...rest } = guide;
    if (scrollTo === 'notes') {
      // The notes' heading, "Notes (2)" in whatever language: its words before the count.
      const heading = t('Notes ({count})', { count: 0 }).replace(/\d.*$/, '');
      const at = derive.detailLines(rest).findIndex((line) => line[0]?.text.startsWith(heading));
      return settle({ ...state, guide: { ...rest, scroll: Math.max(at, 0) } });
    }
    const scroll = Math.min(guide.scroll, derive.maxScroll(guide));
    const helpScroll =
      guide.overlay === 'help' ? Math.min(guide.helpScroll, derive.help(guide).maxScroll) : 0;
    return scroll === guide.scroll && helpScroll === guide.helpScroll
      ? state
      : { ...state, guide: { ...guide, scroll, helpScroll } };
  };
  let state = settle(initial);
  const listeners = new Set<() => void>();
  let runner: EffectRunner | undefined;
  const store: Store = {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      const next = update(state, action);
      state = settle(next.state);
      // The place is judged as the screen shows it, after scrolling is settled: a page down past
      // the end that moves nothing asks nothing.
      const before = previous.guide;
      const after = state.guide;
      const effects =
        before && after && before.guide.id === after.guide.id && placeChanged(before, after)
          ? [
              ...next.effects,
              { type: 'save-place', guide: after.guide.id, place: placeOf(after) } as const,
            ]
          : next.effects;
      if (effects.length > 0) runner?.(effects, store);
      if (state === previous) return;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    runEffects(next) {
      runner = next;
    },
    derive,
    libraryResults: results,
  };
  return store;
}
