import type { Action } from './actions.js';
import type { Size, UiState } from './ui-state.js';

/** A guide as the picker lists it. */
export type PickerEntry = {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  /** "4/13 done" or "not started". */
  readonly status: string;
};

/** The guide picker: shown when there are several guides and none is open. */
export type Library = {
  readonly entries: readonly PickerEntry[];
  readonly selected: number;
  /** The guide asked for, until it is open. */
  readonly opening?: string;
};

/** All the app's state, in one place: the picker, the open guide, the terminal. */
export type AppState = {
  readonly size: Size;
  readonly library?: Library;
  /** The open guide's state; none while the picker shows. */
  readonly guide?: UiState;
  readonly quitting: boolean;
  /** Ctrl-Z was pressed: the terminal is to be given back to the shell until `fg`. */
  readonly suspending?: boolean;
};

export type AppAction =
  | Action
  | { readonly type: 'picker/move'; readonly by: number }
  | { readonly type: 'picker/first' }
  | { readonly type: 'picker/last' }
  | { readonly type: 'picker/open' }
  /** Back to the picker, with each guide's progress as it is now. */
  | { readonly type: 'picker/show'; readonly entries: readonly PickerEntry[] }
  | { readonly type: 'guide/open'; readonly state: UiState }
  /** Back from a suspend: the screen is to be drawn whole again. */
  | { readonly type: 'resumed' };

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function movePicker(library: Library, to: number): Library {
  return { ...library, selected: clamp(to, 0, library.entries.length - 1) };
}

/** The app's reducer: picker actions here, everything else for the open guide's reducer. */
export function createAppReducer(
  reduceGuide: (state: UiState, action: Action) => UiState,
): (state: AppState, action: AppAction) => AppState {
  return (state, action) => {
    const library = state.library;
    switch (action.type) {
      case 'picker/move':
        return library
          ? { ...state, library: movePicker(library, library.selected + action.by) }
          : state;
      case 'picker/first':
        return library ? { ...state, library: movePicker(library, 0) } : state;
      case 'picker/last':
        return library
          ? { ...state, library: movePicker(library, library.entries.length - 1) }
          : state;
      case 'picker/open': {
        const id = library?.entries[library.selected]?.id;
        return library && id !== undefined
          ? { ...state, library: { ...library, opening: id } }
          : state;
      }
      case 'picker/show': {
        const { guide: _closed, ...rest } = state;
        return { ...rest, library: { entries: action.entries, selected: 0 } };
      }
      case 'guide/open': {
        const { opening: _opened, ...rest } = library ?? { entries: [], selected: 0 };
        return {
          ...state,
          ...(library && { library: rest }),
          guide: { ...action.state, size: state.size },
        };
      }
      case 'resize':
        return {
          ...state,
          size: action.size,
          ...(state.guide && { guide: reduceGuide(state.guide, action) }),
        };
      case 'quit':
        return { ...state, quitting: true };
      case 'suspend':
        return { ...state, suspending: true };
      case 'resumed': {
        const { suspending: _done, ...rest } = state;
        return rest;
      }
      default:
        return state.guide ? { ...state, guide: reduceGuide(state.guide, action) } : state;
    }
  };
}
