import type { Guide } from '../domain/guide/guide.js';
import { NO_LEXICON, type Lexicon } from '../domain/search/lexicon.js';
import type { SearchResult } from '../domain/search/search.js';
import { cleanLine } from '../domain/text/sanitize.js';
import type { Action } from './actions.js';
import { createLibrarySearch } from './library-search.js';
import { NO_EFFECTS, type Update } from './effects.js';
import type { Pane, Size, UiState } from './ui-state.js';

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
  /** Every guide, to search them all at once (`/` in the picker). */
  readonly guides?: readonly Guide[];
  readonly lexicon?: Lexicon;
  /** The search across the guides, while it is open. */
  readonly search?: { readonly query: string; readonly selected: number };
};

/** All the app's state, in one place: the picker, the open guide, the terminal. */
export type AppState = {
  readonly size: Size;
  readonly library?: Library;
  /** The open guide's state; none while the picker shows. */
  readonly guide?: UiState;
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
  | { readonly type: 'picker/search' }
  | { readonly type: 'picker/search-close' };

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function movePicker(library: Library, to: number): Library {
  return { ...library, selected: clamp(to, 0, library.entries.length - 1) };
}

/** The results of the picker's search across guides, as the view shows them. */
export type LibraryResults = (library: Library) => readonly SearchResult[];

/** Results worked out once per query (see library-search.ts). */
export function libraryResults(): LibraryResults {
  const librarySearch = createLibrarySearch();
  return (library) =>
    librarySearch(library.guides ?? [], library.search?.query ?? '', library.lexicon ?? NO_LEXICON);
}

/** Typed or pasted text, or a deleted letter, in the picker's search box. */
function editSearch(library: Library, action: AppAction): Library | undefined {
  const search = library.search;
  if (!search) return undefined;
  let query = search.query;
  if (action.type === 'field/type' || action.type === 'paste') {
    query += cleanLine(action.text).replace(/\s+/g, ' ');
  } else if (action.type === 'field/backspace') {
    query = [...query].slice(0, -1).join('');
  } else return undefined;
  return { ...library, search: { query, selected: 0 } };
}

/** Opens the guide of the selected search result, at that result. */
function openResult(state: AppState, library: Library, results: LibraryResults): AppStep {
  const search = library.search;
  const doc = search && results(library)[search.selected]?.doc;
  if (!doc?.guide) return state;
  return {
    state,
    effects: [
      {
        type: 'open-guide',
        id: doc.guide.id,
        at: { pane: doc.kind === 'faq' ? 'faq' : 'steps', item: doc.id },
      },
    ],
  };
}

type AppStep = AppState | Update<AppState>;

/** Whether the place saved for a guide (pane, selection, scroll) differs between two states. */
export function placeChanged(before: UiState, after: UiState): boolean {
  if (before.pane !== after.pane || before.scroll !== after.scroll) return true;
  const keys = new Set([...Object.keys(before.selected), ...Object.keys(after.selected)]);
  for (const key of keys) {
    if (before.selected[key as Pane] !== after.selected[key as Pane]) return true;
  }
  return false;
}

/** The app's update: picker actions here, everything else for the open guide's update. */
export function createAppUpdate(
  updateGuide: (state: UiState, action: Action) => Update<UiState>,
  results: LibraryResults = libraryResults(),
): (state: AppState, action: AppAction) => Update<AppState> {
  const step = createAppStep(updateGuide, results);
  return (state, action) => {
    const next = step(state, action);
    return 'effects' in next ? next : { state: next, effects: NO_EFFECTS };
  };
}

function createAppStep(
  updateGuide: (state: UiState, action: Action) => Update<UiState>,
  results: LibraryResults,
): (state: AppState, action: AppAction) => AppStep {
  const inGuide = (state: AppState, guide: UiState, action: Action): AppStep => {
    const update = updateGuide(guide, action);
    const next = update.state === guide ? state : { ...state, guide: update.state };
    return update.effects.length === 0 ? next : { state: next, effects: update.effects };
  };
  return (state, action) => {
    const library = state.library;
    const searching = !state.guide && library?.search !== undefined;
    if (searching && library) {
      const edited = editSearch(library, action);
      if (edited) return { ...state, library: edited };
    }
    switch (action.type) {
      case 'picker/search':
        return library?.guides && !state.guide
          ? { ...state, library: { ...library, search: { query: '', selected: 0 } } }
          : state;
      case 'picker/search-close': {
        if (!library) return state;
        const { search: _closed, ...rest } = library;
        return { ...state, library: rest };
      }
      case 'picker/move':
        if (searching && library?.search) {
          const count = results(library).length;
          const selected = clamp(library.search.selected + action.by, 0, Math.max(count - 1, 0));
          return { ...state, library: { ...library, search: { ...library.search, selected } } };
        }
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
        if (state.guide) return state;
        if (searching && library) return openResult(state, library, results);
        const id = library?.entries[library.selected]?.id;
        return id !== undefined ? { state, effects: [{ type: 'open-guide', id }] } : state;
      }
      case 'picker/show': {
        const { guide: _closed, ...rest } = state;
        return {
          ...rest,
          library: {
            entries: action.entries,
            selected: 0,
            ...(library?.guides && { guides: library.guides }),
            ...(library?.lexicon && { lexicon: library.lexicon }),
          },
        };
      }
      case 'guide/open': {
        const { search: _search, ...rest } = library ?? { entries: [], selected: 0 };
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
          ...(state.guide && { guide: updateGuide(state.guide, action).state }),
        };
      case 'quit':
        return { state, effects: [{ type: 'quit' }] };
      case 'suspend':
        return { state, effects: [{ type: 'suspend' }] };
      default:
        return state.guide ? inGuide(state, state.guide, action) : state;
    }
  };
}
