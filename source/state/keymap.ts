import type { Action } from './actions.js';
import { PANES, type Pane, type UiState } from './ui-state.js';

/** Which keys are live: letters type into the search box, and an overlay takes the keyboard. */
export type Mode = 'normal' | 'help' | 'search' | 'confirm';

export type Binding = {
  /** Key names as the UI reports them: "up", "shift-tab", "ctrl-n", "space", or the character. */
  readonly keys: readonly string[];
  /** How the keys read in the help overlay. */
  readonly label: string;
  readonly help: string;
  readonly modes: readonly Mode[];
  /** Limit to these panes. */
  readonly panes?: readonly Pane[];
  /** A short hint for the status bar, where this binding is worth a reminder. */
  readonly hint?: string;
  /** Live only when this holds, e.g. when there is a guide picker to go back to. */
  readonly when?: (state: UiState) => boolean;
  readonly action: (context: { readonly now: string; readonly key: string }) => Action;
};

const NAV: readonly Mode[] = ['normal'];

/** Every key the app knows, with the help text beside it. The help overlay is made from this table. */
export const KEYMAP: readonly Binding[] = [
  {
    keys: ['right', 'tab', 'l'],
    label: '→ Tab l',
    help: 'next pane',
    modes: NAV,
    hint: '←→ panes',
    action: () => ({ type: 'pane/next' }),
  },
  {
    keys: ['left', 'shift-tab', 'h'],
    label: '← S-Tab h',
    help: 'previous pane',
    modes: NAV,
    action: () => ({ type: 'pane/previous' }),
  },
  {
    keys: ['1', '2', '3', '4'],
    label: '1-4',
    help: 'jump to a pane',
    modes: NAV,
    action: ({ key }) => ({ type: 'pane/go', pane: PANES[Number(key) - 1] ?? 'steps' }),
  },
  {
    keys: ['down', 'j', 'ctrl-n'],
    label: '↓ j C-n',
    help: 'next item',
    modes: NAV,
    hint: '↑↓ move',
    action: () => ({ type: 'select/move', by: 1 }),
  },
  {
    keys: ['up', 'k', 'ctrl-p'],
    label: '↑ k C-p',
    help: 'previous item',
    modes: NAV,
    action: () => ({ type: 'select/move', by: -1 }),
  },
  {
    keys: ['g', 'home'],
    label: 'g Home',
    help: 'first item',
    modes: NAV,
    action: () => ({ type: 'select/first' }),
  },
  {
    keys: ['G', 'end'],
    label: 'G End',
    help: 'last item',
    modes: NAV,
    action: () => ({ type: 'select/last' }),
  },
  {
    keys: ['pagedown', 'ctrl-d'],
    label: 'PgDn C-d',
    help: 'scroll down',
    modes: NAV,
    action: () => ({ type: 'text/scroll', pages: 1 }),
  },
  {
    keys: ['pageup', 'ctrl-u'],
    label: 'PgUp C-u',
    help: 'scroll up',
    modes: NAV,
    action: () => ({ type: 'text/scroll', pages: -1 }),
  },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'open / close',
    modes: NAV,
    panes: ['steps'],
    hint: '⏎ open',
    action: () => ({ type: 'open' }),
  },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'choose route',
    modes: NAV,
    panes: ['progress'],
    hint: '⏎ choose route',
    action: () => ({ type: 'open' }),
  },
  {
    keys: ['c'],
    label: 'c',
    help: 'next to do',
    modes: NAV,
    hint: 'c continue',
    action: () => ({ type: 'continue' }),
  },
  {
    keys: ['r'],
    label: 'r',
    help: 'reset progress',
    modes: NAV,
    panes: ['progress'],
    hint: 'r reset',
    action: () => ({ type: 'reset/ask' }),
  },
  {
    keys: ['y'],
    label: 'y',
    help: 'yes, reset',
    modes: ['confirm'],
    hint: 'y yes',
    action: () => ({ type: 'reset/confirm' }),
  },
  {
    keys: ['n', 'escape', 'q'],
    label: 'n Esc',
    help: 'no, keep progress',
    modes: ['confirm'],
    hint: 'n no',
    action: () => ({ type: 'reset/cancel' }),
  },
  {
    keys: ['escape'],
    label: 'Esc',
    help: 'back / close',
    modes: ['normal', 'help'],
    action: () => ({ type: 'back' }),
  },
  {
    keys: ['space'],
    label: 'Space',
    help: 'done / not done',
    modes: NAV,
    panes: ['steps'],
    hint: '␣ done',
    action: ({ now }) => ({ type: 'done/toggle', now }),
  },
  {
    keys: ['/'],
    label: '/',
    help: 'search the FAQ',
    modes: NAV,
    hint: '/ search',
    action: () => ({ type: 'search/open' }),
  },
  {
    keys: ['escape'],
    label: 'Esc',
    help: 'back / close',
    modes: NAV,
    panes: ['faq'],
    action: () => ({ type: 'search/clear' }),
  },
  {
    keys: ['down', 'ctrl-n'],
    label: '↓ C-n',
    help: 'next result',
    modes: ['search'],
    hint: '↑↓ results',
    action: () => ({ type: 'select/move', by: 1 }),
  },
  {
    keys: ['up', 'ctrl-p'],
    label: '↑ C-p',
    help: 'previous result',
    modes: ['search'],
    action: () => ({ type: 'select/move', by: -1 }),
  },
  {
    keys: ['enter', 'tab'],
    label: 'Enter',
    help: 'open the selected answer',
    modes: ['search'],
    hint: '⏎ open',
    action: () => ({ type: 'search/submit' }),
  },
  {
    keys: ['escape'],
    label: 'Esc',
    help: 'clear the search',
    modes: ['search'],
    hint: 'Esc clear',
    action: () => ({ type: 'search/clear' }),
  },
  {
    keys: ['backspace'],
    label: 'Backspace',
    help: 'delete a letter',
    modes: ['search'],
    action: () => ({ type: 'search/backspace' }),
  },
  {
    keys: ['b'],
    label: 'b',
    help: 'guide list',
    modes: NAV,
    hint: 'b guides',
    when: (state) => state.inLibrary,
    action: () => ({ type: 'library/back' }),
  },
  {
    keys: ['?'],
    label: '?',
    help: 'this help',
    modes: ['normal', 'help'],
    action: () => ({ type: 'help/toggle' }),
  },
  {
    keys: ['q', 'ctrl-c'],
    label: 'q C-c',
    help: 'quit',
    modes: ['normal', 'help'],
    hint: 'q quit',
    action: () => ({ type: 'quit' }),
  },
  {
    keys: ['ctrl-c'],
    label: 'C-c',
    help: 'quit',
    modes: ['search', 'confirm'],
    hint: 'C-c quit',
    action: () => ({ type: 'quit' }),
  },
];

export function modeOf(state: UiState): Mode {
  if (state.overlay === 'help') return 'help';
  if (state.overlay === 'confirm-reset') return 'confirm';
  if (state.searchFocused) return 'search';
  return 'normal';
}

function applies(binding: Binding, state: UiState): boolean {
  return (
    binding.modes.includes(modeOf(state)) &&
    (binding.panes === undefined || binding.panes.includes(state.pane)) &&
    (binding.when === undefined || binding.when(state))
  );
}

// Named keys that are not text; anything else typed in the search box is.
const NAMED =
  /^(up|down|left|right|pageup|pagedown|home|end|enter|tab|shift-tab|escape|backspace|ctrl-.)$/;

/**
 * The action for a key in the current state, if any binding is live for it. In the search box,
 * letters, digits and spaces are text: "q" types a q.
 */
export function resolveKey(state: UiState, key: string, now: string): Action | undefined {
  const live = KEYMAP.filter(
    (candidate) => candidate.keys.includes(key) && applies(candidate, state),
  );
  // A binding for this pane wins over one for every pane.
  const binding = live.find((candidate) => candidate.panes !== undefined) ?? live[0];
  if (binding) return binding.action({ now, key });
  if (modeOf(state) === 'search' && !NAMED.test(key)) {
    // eslint-disable-next-line no-control-regex
    const text = key === 'space' ? ' ' : key.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    return text === '' ? undefined : { type: 'search/type', text };
  }
  return undefined;
}

/** The reminders for the status bar, for what works right now. */
export function liveHints(state: UiState): string[] {
  return KEYMAP.filter((binding) => binding.hint && applies(binding, state)).map(
    (binding) => binding.hint ?? '',
  );
}

/** The help overlay's rows: every key of the normal mode, each label once, in table order. */
export function helpRows(state?: UiState): { label: string; help: string }[] {
  const rows = new Map<string, string>();
  for (const { label, help, modes, when } of KEYMAP) {
    if (!modes.includes('normal') || (state && when && !when(state))) continue;
    const known = rows.get(label);
    if (known === undefined) rows.set(label, help);
    else if (!known.split('; ').includes(help)) rows.set(label, `${known}; ${help}`);
  }
  return [...rows].map(([label, help]) => ({ label, help }));
}

/** What a key does in the guide picker, which lists guides before one is open. */
export type PickerCommand =
  | { readonly type: 'move'; readonly to: (index: number, last: number) => number }
  | { readonly type: 'open' }
  | { readonly type: 'quit' };

/** The guide picker's keys, with their help: the same table style as the app's. */
export const PICKER_KEYMAP: readonly {
  readonly keys: readonly string[];
  readonly label: string;
  readonly help: string;
  readonly command: PickerCommand;
}[] = [
  {
    keys: ['down', 'j', 'ctrl-n'],
    label: '↓',
    help: 'next',
    command: { type: 'move', to: (i) => i + 1 },
  },
  {
    keys: ['up', 'k', 'ctrl-p'],
    label: '↑',
    help: 'previous',
    command: { type: 'move', to: (i) => i - 1 },
  },
  { keys: ['home', 'g'], label: 'g', help: 'first', command: { type: 'move', to: () => 0 } },
  {
    keys: ['end', 'G'],
    label: 'G',
    help: 'last',
    command: { type: 'move', to: (_i, last) => last },
  },
  { keys: ['enter'], label: '⏎', help: 'open', command: { type: 'open' } },
  { keys: ['q', 'ctrl-c'], label: 'q', help: 'quit', command: { type: 'quit' } },
];

export function pickerCommand(key: string): PickerCommand | undefined {
  return PICKER_KEYMAP.find((binding) => binding.keys.includes(key))?.command;
}
