import type { Size } from './ui-state.js';

/** The smallest terminal the app lays itself out in; smaller ones get a "too small" screen. */
export const MIN_SIZE: Size = { cols: 40, rows: 12 };

/** Below this width the text goes under the list instead of beside it. */
export const WIDE_FROM = 80;

export type Frame = {
  readonly tooSmall: boolean;
  readonly wide: boolean;
  /** Rows the app draws: one less than the terminal, so Ink never clears the whole screen. */
  readonly height: number;
  readonly width: number;
  /** The terminal row (from 1) the list starts on: under the header and the message lines. */
  readonly bodyTop: number;
  readonly listWidth: number;
  readonly listRows: number;
  readonly textWidth: number;
  readonly textRows: number;
};

const HEADER_ROWS = 2;
const STATUS_ROWS = 1;

/** Where everything goes for a terminal size; pure, so the reducer and the view agree on it. */
export function frameFor(
  size: Size,
  options: { bannerRows?: number; listItems?: number } = {},
): Frame {
  const tooSmall = size.cols < MIN_SIZE.cols || size.rows < MIN_SIZE.rows;
  const height = Math.max(size.rows - 1, 1);
  const width = size.cols;
  const bodyRows = Math.max(height - HEADER_ROWS - STATUS_ROWS - (options.bannerRows ?? 0), 1);
  const bodyTop = HEADER_ROWS + (options.bannerRows ?? 0) + 1;
  const wide = width >= WIDE_FROM;
  if (wide) {
    const listWidth = Math.min(48, Math.max(30, Math.floor(width * 0.42)));
    return {
      tooSmall,
      wide,
      height,
      width,
      bodyTop,
      listWidth,
      listRows: bodyRows,
      // One column for the divider and one of padding on each side of the text.
      textWidth: Math.max(width - listWidth - 3, 10),
      // The last text row holds the scroll position.
      textRows: Math.max(bodyRows - 1, 1),
    };
  }
  const wanted = options.listItems ?? bodyRows;
  const listRows = Math.max(Math.min(wanted, Math.floor((bodyRows - 1) * 0.45)), 2);
  return {
    tooSmall,
    wide,
    height,
    width,
    bodyTop,
    listWidth: width,
    listRows,
    textWidth: Math.max(width - 2, 10),
    // A divider line between list and text, and a row for the scroll position.
    textRows: Math.max(bodyRows - listRows - 2, 1),
  };
}

/** The slice of a list to show so the selected row stays in view, roughly centred. */
export function listWindow(
  count: number,
  selected: number,
  rows: number,
): { start: number; end: number } {
  if (count <= rows) return { start: 0, end: count };
  const start = Math.min(Math.max(selected - Math.floor(rows / 2), 0), count - rows);
  return { start, end: start + rows };
}

/** A reminder for the status bar, and whether it must always show (how to quit). */
export type Hint = { readonly text: string; readonly keep: boolean };

/**
 * The hints that fit in `room` columns, whole and in their order: those that must stay first, then
 * as many of the rest as fit, two spaces apart.
 */
export function fitHints(hints: readonly Hint[], room: number): string[] {
  const width = (list: readonly Hint[]) =>
    list.reduce((sum, hint) => sum + [...hint.text].length, 0) + Math.max(list.length - 1, 0) * 2;
  const chosen = new Set(hints.filter((hint) => hint.keep));
  for (const hint of hints) {
    if (chosen.has(hint)) continue;
    const trial = hints.filter((candidate) => chosen.has(candidate) || candidate === hint);
    if (width(trial) <= room) chosen.add(hint);
  }
  return hints.filter((hint) => chosen.has(hint)).map((hint) => hint.text);
}
