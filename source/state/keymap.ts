import { msg, t } from '../domain/i18n/translate.js';
import type { Action } from './actions.js';
import type { AppAction, AppState } from './app-state.js';
import type { Hint } from './screen.js';
import { PANES, type Pane, type UiState } from './ui-state.js';

/**
 * Which keys are live: letters type into the search box, an overlay takes the keyboard, and the
 * guide picker (shown when no guide is open) has its list and its search.
 */
export type Mode =
  'normal' | 'help' | 'search' | 'confirm' | 'note' | 'pick' | 'link' | 'picker' | 'picker-search';

/** The modes in which letters are text for a field. */
const TEXT_MODES: readonly Mode[] = ['search', 'note', 'picker-search'];

const KEY_NAMES: Readonly<Record<string, string>> = {
  right: '→',
  left: '←',
  up: '↑',
  down: '↓',
  tab: msg('Tab'),
  'shift-tab': msg('S-Tab'),
  pageup: msg('PgUp'),
  pagedown: msg('PgDn'),
  home: msg('Home'),
  end: msg('End'),
  enter: msg('Enter'),
  escape: msg('Esc'),
  space: msg('Space'),
  backspace: msg('Backspace'),
};

/** How keys read in the help and the hints, made from the keys themselves so they never drift. */
export function keyLabel(keys: readonly string[]): string {
  const names = keys.map((key) => {
    const name = KEY_NAMES[key];
    return name === undefined ? key.replace(/^ctrl-/, 'C-') : t(name);
  });
  // A run of digits reads as a range: "1-4".
  const digits = names.every((name) => /^\d$/.test(name)) && names.length > 2;
  return digits ? `${names[0]}-${names.at(-1)}` : names.join(' ');
}

export type Binding = {
  /** Key names as the UI reports them: "up", "shift-tab", "ctrl-n", "space", or the character. */
  readonly keys: readonly string[];
  readonly help: string;
  readonly modes: readonly Mode[];
  /** Limit to these panes. */
  readonly panes?: readonly Pane[];
  /** A short hint for the status bar, where this binding is worth a reminder. */
  readonly hint?: string;
  /** The hint stays on the status bar however narrow it is (how to quit). */
  readonly keepHint?: boolean;
  /** Live only when this holds, e.g. when there is a guide picker to go back to. */
  readonly when?: (state: UiState) => boolean;
  /**
   * Where two bindings are live for one key, the higher priority wins (default 0); two live
   * bindings of one priority for one key are a mistake that the key map's tests find.
   */
  readonly priority?: number;
  readonly action: (context: { readonly now: string; readonly key: string }) => AppAction;
};

const NAV: readonly Mode[] = ['normal'];

/** Every key the app knows, with the help text beside it. The help overlay is made from this table. */
export const KEYMAP: readonly Binding[] = [
  {
    keys: ['right', 'tab', 'l'],
    help: msg('next pane'),
    modes: NAV,
    hint: msg('←→ panes'),
    action: () => ({ type: 'pane/next' }),
  },
  {
    keys: ['left', 'shift-tab', 'h'],
    help: msg('previous pane'),
    modes: NAV,
    action: () => ({ type: 'pane/previous' }),
  },
  {
    keys: ['1', '2', '3', '4'],
    help: msg('jump to a pane'),
    modes: NAV,
    action: ({ key }) => ({ type: 'pane/go', pane: PANES[Number(key) - 1] ?? 'steps' }),
  },
  {
    keys: ['down', 'j', 'ctrl-n'],
    help: msg('next item'),
    modes: NAV,
    hint: msg('↑↓ move'),
    action: () => ({ type: 'select/move', by: 1 }),
  },
  {
    keys: ['up', 'k', 'ctrl-p'],
    help: msg('previous item'),
    modes: NAV,
    action: () => ({ type: 'select/move', by: -1 }),
  },
  {
    keys: ['g', 'home'],
    help: msg('first item'),
    modes: NAV,
    action: () => ({ type: 'select/first' }),
  },
  {
    keys: ['G', 'end'],
    help: msg('last item'),
    modes: NAV,
    action: () => ({ type: 'select/last' }),
  },
  {
    keys: ['pagedown', 'ctrl-d'],
    help: msg('scroll down'),
    // While choosing a note to delete, too: the notes may be further down.
    modes: ['normal', 'pick'],
    action: () => ({ type: 'text/scroll', pages: 1 }),
  },
  {
    keys: ['pageup', 'ctrl-u'],
    help: msg('scroll up'),
    modes: ['normal', 'pick'],
    action: () => ({ type: 'text/scroll', pages: -1 }),
  },
  {
    keys: ['enter'],
    help: msg('open / close'),
    modes: NAV,
    panes: ['steps'],
    hint: msg('⏎ open'),
    action: () => ({ type: 'open' }),
  },
  {
    keys: ['enter'],
    help: msg('choose route'),
    modes: NAV,
    panes: ['progress'],
    hint: msg('⏎ choose route'),
    action: () => ({ type: 'open' }),
  },
  {
    keys: ['enter'],
    help: msg('go to the step or tip found'),
    modes: NAV,
    panes: ['faq'],
    action: () => ({ type: 'search/submit' }),
  },
  {
    keys: ['c'],
    help: msg('next to do'),
    modes: NAV,
    hint: msg('c continue'),
    action: ({ now }) => ({ type: 'continue', now }),
  },
  {
    keys: ['r'],
    help: msg('reset progress'),
    modes: NAV,
    panes: ['progress'],
    hint: msg('r reset'),
    action: () => ({ type: 'reset/ask' }),
  },
  {
    keys: ['y'],
    help: msg('yes'),
    modes: ['confirm'],
    hint: msg('y yes'),
    action: () => ({ type: 'confirm/yes' }),
  },
  {
    keys: ['n', 'escape', 'q'],
    help: msg('no, keep it'),
    modes: ['confirm'],
    hint: msg('n no'),
    action: () => ({ type: 'confirm/no' }),
  },
  {
    keys: ['o'],
    help: msg("open the item's link in the browser"),
    modes: NAV,
    panes: ['steps', 'faq', 'tips'],
    action: () => ({ type: 'link/open' }),
  },
  {
    keys: ['y'],
    help: msg("copy the item's text"),
    modes: NAV,
    panes: ['steps', 'faq', 'tips'],
    action: () => ({ type: 'copy' }),
  },
  {
    keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    help: msg('choose a link by its number'),
    modes: ['link'],
    hint: msg('0-9 number'),
    action: ({ key }) => ({ type: 'link/digit', digit: Number(key) }),
  },
  {
    keys: ['enter'],
    help: msg('open the link with that number'),
    modes: ['link'],
    hint: msg('⏎ open'),
    action: () => ({ type: 'link/choose' }),
  },
  {
    keys: ['escape', 'q'],
    help: msg('cancel'),
    modes: ['link'],
    hint: msg('Esc cancel'),
    action: () => ({ type: 'confirm/no' }),
  },
  {
    keys: ['n'],
    help: msg('write a note (a call, a reference)'),
    modes: NAV,
    panes: ['steps'],
    hint: msg('n note'),
    action: () => ({ type: 'note/open' }),
  },
  {
    keys: ['x'],
    help: msg('delete a note (asks first)'),
    modes: NAV,
    panes: ['steps'],
    action: () => ({ type: 'note/delete' }),
  },
  {
    keys: ['enter'],
    help: msg('save the note'),
    modes: ['note'],
    hint: msg('⏎ save'),
    action: ({ now }) => ({ type: 'note/save', now }),
  },
  {
    keys: ['escape'],
    help: msg('cancel'),
    modes: ['note', 'pick'],
    hint: msg('Esc cancel'),
    action: () => ({ type: 'confirm/no' }),
  },
  {
    keys: ['left'],
    help: msg('cursor left'),
    modes: ['note'],
    action: () => ({ type: 'field/cursor', move: 'left' }),
  },
  {
    keys: ['right'],
    help: msg('cursor right'),
    modes: ['note'],
    action: () => ({ type: 'field/cursor', move: 'right' }),
  },
  {
    keys: ['home', 'ctrl-a'],
    help: msg('to the start of the note'),
    modes: ['note'],
    action: () => ({ type: 'field/cursor', move: 'home' }),
  },
  {
    keys: ['end', 'ctrl-e'],
    help: msg('to the end of the note'),
    modes: ['note'],
    action: () => ({ type: 'field/cursor', move: 'end' }),
  },
  {
    keys: ['ctrl-u'],
    help: msg('delete to the start'),
    modes: ['note'],
    action: () => ({ type: 'field/erase', what: 'to-start' }),
  },
  {
    keys: ['ctrl-w'],
    help: msg('delete the word before the cursor'),
    modes: ['note'],
    action: () => ({ type: 'field/erase', what: 'word' }),
  },
  {
    keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    help: msg('choose a note by its number'),
    modes: ['pick'],
    hint: msg('0-9 number'),
    action: ({ key }) => ({ type: 'note/digit', digit: Number(key) }),
  },
  {
    keys: ['enter'],
    help: msg('delete the note with that number (asks first)'),
    modes: ['pick'],
    hint: msg('⏎ choose'),
    action: () => ({ type: 'note/choose' }),
  },
  {
    keys: ['escape'],
    help: msg('back / close'),
    modes: ['normal', 'help'],
    action: () => ({ type: 'back' }),
  },
  {
    keys: ['space'],
    help: msg('done / not done'),
    modes: NAV,
    panes: ['steps'],
    hint: msg('␣ done'),
    keepHint: true,
    action: ({ now }) => ({ type: 'done/toggle', now }),
  },
  {
    keys: ['/'],
    help: msg('search the guide'),
    modes: NAV,
    hint: msg('/ search'),
    action: () => ({ type: 'search/open' }),
  },
  {
    keys: ['escape'],
    help: msg('back / close'),
    modes: NAV,
    panes: ['faq'],
    // In the FAQ, Esc also clears the search that filters it.
    priority: 1,
    action: () => ({ type: 'search/clear' }),
  },
  {
    keys: ['down', 'ctrl-n'],
    help: msg('next result'),
    modes: ['search'],
    hint: msg('↑↓ results'),
    action: () => ({ type: 'select/move', by: 1 }),
  },
  {
    keys: ['up', 'ctrl-p'],
    help: msg('previous result'),
    modes: ['search'],
    action: () => ({ type: 'select/move', by: -1 }),
  },
  {
    keys: ['enter', 'tab'],
    help: msg('open the selected result'),
    modes: ['search'],
    hint: msg('⏎ open'),
    action: () => ({ type: 'search/submit' }),
  },
  {
    keys: ['escape'],
    help: msg('clear the search'),
    modes: ['search'],
    hint: msg('Esc clear'),
    action: () => ({ type: 'search/clear' }),
  },
  {
    keys: ['backspace', 'delete'],
    help: msg('delete a letter'),
    modes: ['search', 'note'],
    action: () => ({ type: 'field/backspace' }),
  },
  {
    keys: ['b'],
    help: msg('guide list'),
    modes: NAV,
    hint: msg('b guides'),
    when: (state) => state.inLibrary,
    action: () => ({ type: 'library/back' }),
  },
  {
    keys: ['down', 'j'],
    help: msg('more keys'),
    modes: ['help'],
    hint: msg('↑↓ scroll'),
    action: () => ({ type: 'help/scroll', by: 1 }),
  },
  {
    keys: ['up', 'k'],
    help: msg('back up the keys'),
    modes: ['help'],
    action: () => ({ type: 'help/scroll', by: -1 }),
  },
  {
    keys: ['?'],
    help: msg('this help'),
    modes: ['normal', 'help'],
    action: () => ({ type: 'help/toggle' }),
  },
  {
    keys: ['q', 'ctrl-c'],
    help: msg('quit'),
    modes: ['normal', 'help'],
    hint: msg('q quit'),
    keepHint: true,
    action: () => ({ type: 'quit' }),
  },
  {
    keys: ['ctrl-z'],
    help: msg('suspend (fg comes back)'),
    modes: ['normal', 'help', 'search', 'confirm', 'note', 'pick', 'link'],
    action: () => ({ type: 'suspend' }),
  },
  {
    keys: ['ctrl-c'],
    help: msg('quit'),
    modes: ['search', 'confirm', 'note', 'pick', 'link'],
    hint: msg('C-c quit'),
    keepHint: true,
    action: () => ({ type: 'quit' }),
  },
  // The guide picker.
  {
    keys: ['ctrl-z'],
    help: msg('suspend'),
    modes: ['picker', 'picker-search'],
    action: () => ({ type: 'suspend' }),
  },
  {
    keys: ['down', 'j', 'ctrl-n'],
    help: msg('next'),
    modes: ['picker'],
    hint: msg('↓ next'),
    action: () => ({ type: 'picker/move', by: 1 }),
  },
  {
    keys: ['down', 'ctrl-n'],
    help: msg('next result'),
    modes: ['picker-search'],
    hint: msg('↓ next result'),
    action: () => ({ type: 'picker/move', by: 1 }),
  },
  {
    keys: ['up', 'k', 'ctrl-p'],
    help: msg('previous'),
    modes: ['picker'],
    action: () => ({ type: 'picker/move', by: -1 }),
  },
  {
    keys: ['up', 'ctrl-p'],
    help: msg('previous result'),
    modes: ['picker-search'],
    action: () => ({ type: 'picker/move', by: -1 }),
  },
  {
    keys: ['home', 'g'],
    help: msg('first'),
    modes: ['picker'],
    action: () => ({ type: 'picker/first' }),
  },
  {
    keys: ['end', 'G'],
    help: msg('last'),
    modes: ['picker'],
    action: () => ({ type: 'picker/last' }),
  },
  {
    keys: ['enter'],
    help: msg('open'),
    modes: ['picker', 'picker-search'],
    hint: msg('Enter open'),
    action: () => ({ type: 'picker/open' }),
  },
  {
    keys: ['/'],
    help: msg('search every guide'),
    modes: ['picker'],
    hint: msg('/ search every guide'),
    action: () => ({ type: 'picker/search' }),
  },
  {
    keys: ['escape'],
    help: msg('close the search'),
    modes: ['picker-search'],
    hint: msg('Esc close the search'),
    action: () => ({ type: 'picker/search-close' }),
  },
  {
    keys: ['backspace', 'delete'],
    help: msg('delete a letter'),
    modes: ['picker-search'],
    action: () => ({ type: 'field/backspace' }),
  },
  {
    keys: ['q', 'ctrl-c'],
    help: msg('quit'),
    modes: ['picker'],
    hint: msg('q quit'),
    action: () => ({ type: 'quit' }),
  },
  {
    keys: ['ctrl-c'],
    help: msg('quit'),
    modes: ['picker-search'],
    hint: msg('C-c quit'),
    action: () => ({ type: 'quit' }),
  },
];

export function modeOf(state: UiState): Mode {
  if (state.overlay === 'help') return 'help';
  if (state.overlay === 'confirm-reset' || state.overlay === 'confirm-delete-note')
    return 'confirm';
  if (state.overlay === 'note') return 'note';
  if (state.overlay === 'pick-note') return 'pick';
  if (state.overlay === 'pick-link') return 'link';
  if (state.searchFocused) return 'search';
  return 'normal';
}

/** The mode of the whole app: the open guide's, or the picker's. */
export function appModeOf(state: AppState): Mode {
  if (state.guide) return modeOf(state.guide);
  return state.library?.search ? 'picker-search' : 'picker';
}

function applies(binding: Binding, mode: Mode, state: UiState | undefined): boolean {
  return (
    binding.modes.includes(mode) &&
    (binding.panes === undefined || (state !== undefined && binding.panes.includes(state.pane))) &&
    (binding.when === undefined || (state !== undefined && binding.when(state)))
  );
}

/** The binding for a key where it is pressed: the live one of highest priority. */
function bindingFor(key: string, mode: Mode, state: UiState | undefined): Binding | undefined {
  let best: Binding | undefined;
  for (const binding of KEYMAP) {
    if (!binding.keys.includes(key) || !applies(binding, mode, state)) continue;
    if (best === undefined || (binding.priority ?? 0) > (best.priority ?? 0)) best = binding;
  }
  return best;
}

// Named keys that are not text; anything else typed in a text field is.
const NAMED =
  /^(up|down|left|right|pageup|pagedown|home|end|insert|delete|enter|tab|shift-tab|escape|backspace|f\d+|ctrl-.)$/;

/** A key typed into a text field: its text, or nothing for a key that is not text. */
function typed(key: string): AppAction | undefined {
  if (NAMED.test(key)) return undefined;
  // eslint-disable-next-line no-control-regex
  const text = key === 'space' ? ' ' : key.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return text === '' ? undefined : { type: 'field/type', text };
}

function actionFor(
  key: string,
  mode: Mode,
  state: UiState | undefined,
  now: string,
): AppAction | undefined {
  const binding = bindingFor(key, mode, state);
  if (binding) return binding.action({ now, key });
  return TEXT_MODES.includes(mode) ? typed(key) : undefined;
}

/**
 * The action for a key in the open guide, if any binding is live for it. In the search box,
 * letters, digits and spaces are text: "q" types a q.
 */
export function resolveKey(state: UiState, key: string, now: string): Action | undefined {
  return actionFor(key, modeOf(state), state, now) as Action | undefined;
}

/** The action for a key anywhere in the app: the open guide, or the picker. */
export function resolveAppKey(state: AppState, key: string, now: string): AppAction | undefined {
  return actionFor(key, appModeOf(state), state.guide, now);
}

/** Whether letters typed now are text for a field (the search box, a note) rather than keys. */
export function isTyping(state: AppState): boolean {
  return TEXT_MODES.includes(appModeOf(state));
}

/** The reminders for the status bar, for what works right now. */
export function liveHints(state: UiState): string[] {
  return liveHintEntries(state).map((hint) => hint.text);
}

/** The same reminders, each saying whether it must stay on a narrow status bar. */
export function liveHintEntries(state: UiState): Hint[] {
  const mode = modeOf(state);
  return KEYMAP.filter((binding) => binding.hint && applies(binding, mode, state)).map(
    (binding) => ({ text: binding.hint ? t(binding.hint) : '', keep: binding.keepHint === true }),
  );
}

/** The help overlay's rows: every key of the normal mode, each label once, in table order. */
export function helpRows(state?: UiState): { label: string; help: string }[] {
  const rows = new Map<string, string>();
  for (const { keys, help: key, modes, when } of KEYMAP) {
    if (!modes.includes('normal') || (state && when && !when(state))) continue;
    const label = keyLabel(keys);
    const help = t(key);
    const known = rows.get(label);
    if (known === undefined) rows.set(label, help);
    else if (!known.split('; ').includes(help)) rows.set(label, `${known}; ${help}`);
  }
  return [...rows].map(([label, help]) => ({ label, help }));
}

/** The picker's modes: its list of guides, or the search across them that `/` opens. */
export type PickerMode = 'list' | 'search';

const PICKER_MODE: Readonly<Record<PickerMode, Mode>> = {
  list: 'picker',
  search: 'picker-search',
};

/** The picker's status line: its live keys. */
export function pickerHints(mode: PickerMode): string {
  return KEYMAP.filter((binding) => binding.hint && binding.modes.includes(PICKER_MODE[mode]))
    .map((binding) => (binding.hint ? t(binding.hint) : ''))
    .join('  ');
}
