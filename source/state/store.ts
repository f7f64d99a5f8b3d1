import type { Action } from './actions.js';
import { createDerive, type Derive } from './derive.js';
import { createReducer } from './reducer.js';
import type { UiState } from './ui-state.js';

/**
 * Runs after each change, before the view hears of it: saving progress is one, so that a mark on
 * screen is a mark on disk. It may answer with one more action, such as a notice that saving
 * failed, which is applied before the view is told.
 */
export type Effect = (state: UiState, previous: UiState) => Action | undefined;

/** The one owner of the app's UI state. */
export type Store = {
  readonly getState: () => UiState;
  /** Reduces the action once, settles the result, runs the effects, then tells the view. */
  readonly dispatch: (action: Action) => void;
  /** For the view (`useSyncExternalStore`); returns how to stop listening. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly addEffect: (effect: Effect) => () => void;
  /** The memoised derived data the reducer used, for the view to read the same. */
  readonly derive: Derive;
};

export function createStore(initial: UiState, derive: Derive = createDerive()): Store {
  const reduce = createReducer(derive);
  // Scrolling past the end of the text is where layout meets state: settled here, with the
  // layout the view will draw, so the reducer never lays out text.
  const settle = (state: UiState): UiState => {
    const scroll = Math.min(state.scroll, derive.maxScroll(state));
    return scroll === state.scroll ? state : { ...state, scroll };
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
        effects.splice(effects.indexOf(effect), 1);
      };
    },
    derive,
  };
}
