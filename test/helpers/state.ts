import type { Action } from '../../source/state/actions.js';
import { reduce } from '../../source/state/reducer.js';
import { initialState, type InitialOptions, type UiState } from '../../source/state/ui-state.js';
import { amexGuide } from './guides.js';

export const NOW = '2026-11-26T10:00:00.000Z';

export function amexState(options: Partial<InitialOptions> = {}): UiState {
  return initialState(amexGuide(), { size: { cols: 100, rows: 30 }, ...options });
}

export function apply(state: UiState, ...actions: Action[]): UiState {
  return actions.reduce(reduce, state);
}
