import type { AppAction, AppState, LibraryResults } from './app-state.js';
import { createAppReducer, libraryResults } from './app-state.js';
import { createDerive, type Derive } from './derive.js';
import { createReducer } from './reducer.js';
import type { UiState } from './ui-state.js';

/**
 * Runs after each change, before the view hears of it: saving progress is one, so that a mark on
 * screen is a mark on disk. It may answer with one more action, such as a notice that saving
 * failed or the guide the picker asked for, which is applied before the view is told.
 */
export type Effect = (state: AppState, previous: AppState) => AppAction | undefined;

/** The one owner of the app's state. */
export type Store = {
  readonly getState: () => AppState;
  /** Reduces the action once, settles the result, runs the effects, then tells the view. */
  readonly dispatch: (action: AppAction) => void;
  /** For the view (`useSyncExternalStore`); returns how to stop listening. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly addEffect: (effect: Effect) => () => void;
  /** The memoised derived data the reducer used, for the view to read the same. */
  readonly derive: Derive;
  /** The picker's search results, as the reducer saw them. */
  readonly libraryResults: LibraryResults;
};

/** A store whose state is one open guide, as the app has after opening it; for tests too. */
export function appStateOf(guide: UiState): AppState {
  return { size: guide.size, guide, quitting: false };
}

export function createStore(initial: AppState, derive: Derive = createDerive()): Store {
  const results = libraryResults();
  const reduce = createAppReducer(createReducer(derive), results);
  // Scrolling past the end of the text is where layout meets state: settled here, with the
  // layout the view will draw, so the reducer never lays out text.
  const settle = (state: AppState): AppState => {
    const guide = state.guide;
    if (!guide) return state;
    const { scrollTo, ...rest } = guide;
    if (scrollTo === 'notes') {
      const at = derive.detailLines(rest).findIndex((line) => line[0]?.text.startsWith('Notes ('));
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
  const effects: Effect[] = [];
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = settle(reduce(state, action));
      if (state === previous) return;
      for (const effect of effects) {
        const followUp = effect(state, previous);
        if (followUp) state = settle(reduce(state, followUp));
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addEffect(effect) {
      effects.push(effect);
      return () => {
        const at = effects.indexOf(effect);
        if (at !== -1) effects.splice(at, 1);
      };
    },
    derive,
    libraryResults: results,
  };
}
