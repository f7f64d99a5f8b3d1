// What the screen for a screen reader holds (ui/ReaderScreen.tsx), worked out from the state: the
// words for every row and every state, and how many lines each part may take.
//
// Ink writes this screen as plain lines on the normal screen and, on each change, erases the
// lines it wrote last and writes the new ones. Lines that have scrolled off the top cannot be
// erased: a frame taller than the terminal would leave copies of itself in the scrollback, to be
// read again. So every part is wrapped here, to the terminal's width, and the whole fits its height.

import { keyLabelInWords, lineInWords } from '../domain/text/words.js';
import { lineText, wrapSpans } from '../domain/text/layout.js';
import { msg, t } from '../domain/i18n/translate.js';

/** A list row as the derived view has it (derive.ts ListItem), the fields the words need. */
export type ReaderItem = {
  readonly id: string;
  readonly label: string;
  readonly depth: 0 | 1;
  readonly done?: boolean;
  readonly chosen?: boolean;
  readonly warning?: boolean;
  readonly tag?: string;
  readonly dimmed?: boolean;
  readonly expandable?: boolean;
  readonly expanded?: boolean;
  readonly highlights?: readonly unknown[];
};

/** The states Ink says in words before an element: "(selected, checked)". */
export type AriaState = {
  readonly selected?: boolean;
  readonly checked?: boolean;
  readonly expanded?: boolean;
};

export type ReaderRow = {
  readonly id: string;
  /** The row's words, wrapped; the first line without the role and states Ink puts in front. */
  readonly lines: readonly string[];
  readonly state: AriaState;
};

/** A list row said in words: what it is first, then its states. */
export function itemWords(item: ReaderItem): string {
  // A warning is said before what it warns of.
  const said = [item.warning ? t('warning: {item}', { item: item.label }) : item.label];
  if (item.done !== undefined) said.push(item.done ? t('done') : t('not done'));
  // "Selected" is where the reader is; the route chosen is said apart from it.
  if (item.chosen) said.push(t('your current choice'));
  // A search result's tag says where it lives; a step's, its route.
  if (item.tag !== undefined) {
    said.push(
      item.highlights !== undefined
        ? t('in {place}', { place: item.tag })
        : t('route: {route}', { route: item.tag }),
    );
  }
  if (item.dimmed) said.push(t('other route'));
  if (item.expandable && !item.expanded) said.push(t('sub-steps hidden'));
  return `${item.depth === 1 ? '  ' : ''}${said.join(', ')}`;
}

export type Role = 'list' | 'listitem' | 'tab' | 'tablist' | 'textbox';

// Ink writes an element's role and states as given, in front of it; they are words a person
// hears, so they are given in the interface's language.
const ROLE_WORDS: Readonly<Record<Role, string>> = {
  list: msg('list'),
  listitem: msg('listitem'),
  tab: msg('tab'),
  tablist: msg('tablist'),
  textbox: msg('textbox'),
};
const STATE_WORDS: Readonly<Record<keyof AriaState, string>> = {
  selected: msg('selected'),
  checked: msg('checked'),
  expanded: msg('expanded'),
};

/** A role as Ink is to write it, in the interface's language. */
export const roleWord = (role: Role): string => t(ROLE_WORDS[role]);

/** States as Ink is to write them: their names in the interface's language. */
export function statesInWords(state: AriaState): Record<string, boolean> {
  return Object.fromEntries(
    (Object.keys(state) as (keyof AriaState)[]).map((key) => [
      t(STATE_WORDS[key]),
      state[key] === true,
    ]),
  );
}

/** What Ink writes in front of an element with a role: "listitem: (selected) ". */
export function rolePrefix(role: Role, state: AriaState = {}): string {
  const states = (Object.keys(state) as (keyof AriaState)[])
    .filter((key) => state[key])
    .map((key) => t(STATE_WORDS[key]));
  return `${roleWord(role)}: ${states.length > 0 ? `(${states.join(', ')}) ` : ''}`;
}

/** Text wrapped to the width as it will be written, with `prefix` (written by Ink) in front. */
export function wrapAfter(prefix: string, text: string, width: number): string[] {
  const room = Math.max(width, 8);
  const lines = wrapSpans([{ text: `${prefix}${text}` }], room).map(lineText);
  if (prefix.length + 8 <= room && lines[0]?.startsWith(prefix)) {
    lines[0] = lines[0].slice(prefix.length);
    return lines;
  }
  // A terminal too narrow for the prefix and a word: the prefix has the first line to itself.
  return ['', ...wrapSpans([{ text }], room).map(lineText)];
}

/** How many lines text takes at the width. */
export function linesOf(text: string, width: number): number {
  return Math.max(wrapSpans([{ text }], Math.max(width, 8)).length, 1);
}

/** The state Ink says for a row of a list. */
export function rowState(item: ReaderItem, selected: boolean): AriaState {
  return {
    selected,
    ...(item.done !== undefined && { checked: item.done }),
    ...(item.expandable && { expanded: item.expanded === true }),
  };
}

/** A row of a list, wrapped to the width; the first row shown also carries the list's own role. */
export function readerRow(
  item: ReaderItem,
  selected: boolean,
  width: number,
  first: boolean,
): ReaderRow {
  const state = rowState(item, selected);
  const prefix = `${first ? `${roleWord('list')}: ` : ''}${rolePrefix('listitem', state)}`;
  return { id: item.id, lines: wrapAfter(prefix, itemWords(item), width), state };
}

export type ReaderList = {
  readonly above: number;
  readonly below: number;
  readonly rows: readonly ReaderRow[];
};

/**
 * The rows around the selection that fit in `room` lines, and a line after them that says how
 * many more there are above and below.
 */
export function readerList(
  items: readonly ReaderItem[],
  selected: number,
  width: number,
  room: number,
): ReaderList {
  if (items.length === 0) return { above: 0, below: 0, rows: [] };
  const at = Math.min(Math.max(selected, 0), items.length - 1);
  const height = (index: number, first: boolean) =>
    readerRow(items[index]!, index === at, width, first).lines.length;
  let start = at;
  let end = at + 1;
  let used = height(at, true);
  const more = (from: number, to: number) => (from > 0 || to < items.length ? 1 : 0);
  // Grow the window a row at a time, below then above, while it and its "more" lines fit.
  for (let grew = true; grew;) {
    grew = false;
    if (end < items.length) {
      const rows = height(end, false);
      if (used + rows + more(start, end + 1) <= room) {
        used += rows;
        end += 1;
        grew = true;
      }
    }
    if (start > 0) {
      // The new first row carries the list's role; the old first row no longer does.
      const rows = height(start - 1, true) + height(start, false) - height(start, true);
      if (used + rows + more(start - 1, end) <= room) {
        used += rows;
        start -= 1;
        grew = true;
      }
    }
  }
  return {
    above: start,
    below: items.length - end,
    rows: items
      .slice(start, end)
      .map((item, index) => readerRow(item, start + index === at, width, index === 0)),
  };
}

/** A key of the help, said in words. */
export type ReaderKey = { readonly lines: readonly string[] };

/** Every key's row of the help, in words, wrapped after Ink's "listitem: " (the first after "list: "). */
export function readerKeys(
  entries: readonly { label: string; help: string }[],
  width: number,
): ReaderKey[] {
  return entries.map((entry, index) => ({
    lines: wrapAfter(
      `${index === 0 ? `${roleWord('list')}: ` : ''}${roleWord('listitem')}: `,
      `${keyLabelInWords(entry.label)}: ${lineInWords(entry.help) ?? entry.help}`,
      width,
    ),
  }));
}

/** The line after a list that does not fit: "4 more above, 2 more below." */
export function moreLine(list: ReaderList): string | undefined {
  const parts = [
    ...(list.above > 0 ? [t('{count} more above', { count: list.above })] : []),
    ...(list.below > 0 ? [t('{count} more below', { count: list.below })] : []),
  ];
  return parts.length === 0 ? undefined : `${parts.join(', ')}.`;
}
