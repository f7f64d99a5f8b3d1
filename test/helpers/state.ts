import type { Action } from '../../source/state/actions.js';
import type { Effect } from '../../source/state/effects.js';
import { appStateOf, createStore } from '../../source/state/store.js';
import { initialState, type InitialOptions, type UiState } from '../../source/state/ui-state.js';
import { errandGuide } from './guides.js';

export const NOW = '2026-11-26T10:00:00.000Z';

/** The app's state on the test guide, at 100x30 unless told otherwise. */
export function errandState(options: Partial<InitialOptions> = {}): UiState {
  return initialState(errandGuide(), { size: { cols: 100, rows: 30 }, ...options });
}

/** The state after the actions, through a store as the app has one, and the effects they asked for. */
export function applyWithEffects(
  state: UiState,
  ...actions: Action[]
): { state: UiState; effects: Effect[] } {
  const store = createStore(appStateOf(state));
  const effects: Effect[] = [];
  store.runEffects((asked) => effects.push(...asked));
  for (const action of actions) store.dispatch(action);
  const after = store.getState().guide;
  if (!after) throw new Error('no guide is open');
  return { state: after, effects };
}

/** The state after the actions, through a store as the app has one. */
export function apply(state: UiState, ...actions: Action[]): UiState {
  return applyWithEffects(state, ...actions).state;
}
