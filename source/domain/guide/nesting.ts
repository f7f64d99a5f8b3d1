// Markdown nests without limit, and both the parser and any walk over its tree pay for depth: a few
// thousand nested quotes or list markers can take minutes or overflow the stack. No real guide
// needs more than a handful of levels, so deeper text is refused before the parser sees it.

/** Quotes and list items inside each other, on one line; also the depth a tree walk may go. */
export const MAX_NESTING = 32;
/** Leading spaces deeper than any sane nested list. */
const MAX_INDENT = 160;
/** A run of emphasis marks this long can only be nesting, never formatting. */
const LONG_EMPHASIS_RUN = /[*_~]{64,}/;
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** The 1-based line of the first line nested too deeply, or undefined when all is well. */
export function tooDeeplyNested(text: string): number | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index] ?? '';
    const opener = FENCE.exec(line)?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    if (/^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length > MAX_INDENT) return index + 1;
    if (LONG_EMPHASIS_RUN.test(line)) return index + 1;
    let depth = 0;
    for (let marker = CONTAINER_MARKER.exec(line); marker; marker = CONTAINER_MARKER.exec(line)) {
      depth += 1;
      if (depth > MAX_NESTING) return index + 1;
      line = line.slice(marker[0].length);
    }
  }
  return undefined;
}

/**
 * Far more blocks than any guide has: list items, paragraphs, table rows, quoted lines and
 * headings. Each costs kilobytes to parse, so the count, not only the file's size, is limited (a
 * generated guide of 10,000 steps has about 32,500). 1.2 million one-word list items fit in 5 MB
 * and would take gigabytes. Room for the 20,000 items a guide may have, each a heading and two
 * blocks of text; a large file is parsed in a process of its own with a memory limit besides.
 */
export const MAX_BLOCKS = 60_000;
/** A table row has at most this many cells; a real table has a handful. */
export const MAX_CELLS = 64;
/**
 * Table cells in a whole guide: each costs far more to parse and lay out than a paragraph's word
 * (3,500 rows of 8 cells took 370 MB), and a real guide's tables have a few hundred.
 */
export const MAX_TABLE_CELLS = 4000;
/**
 * Characters in one paragraph, list item or row: a real one has hundreds. Laying out one block of
 * megabytes (5 MB of prose in one paragraph) took half a gigabyte where the guide is shown.
 */
export const MAX_BLOCK_CHARS = 50_000;

const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||#{1,6}[ \t])/;

/**
 * The line (from 1) at which the text has more blocks than a guide may, or a table row more
 * cells; undefined when it has not. A paragraph is counted at its first line.
 */
export function tooManyBlocks(
  text: string,
  most = MAX_BLOCKS,
): { line: number; what: 'blocks' | 'cells' | 'table cells' | 'long block' } | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  let blocks = 0;
  let cells = 0;
  let chars = 0;
  let inParagraph = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const opener = FENCE.exec(line)?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      if (fence !== undefined) blocks += 1;
      inParagraph = false;
      continue;
    }
    if (fence !== undefined) continue;
    // A whole-line comment (an item's id, its keywords) is not a block the parser builds.
    if (/^[ \t]*<!--.*-->[ \t]*$/.test(line)) continue;
    if (line.trim() === '') {
      inParagraph = false;
      continue;
    }
    if (BLOCK_START.test(line)) {
      blocks += 1;
      chars = 0;
      inParagraph = false;
      if (/^[ \t]*\|/.test(line)) {
        const row = line.split('|').length - 2;
        if (row > MAX_CELLS) return { line: index + 1, what: 'cells' };
        cells += row;
        if (cells > MAX_TABLE_CELLS) return { line: index + 1, what: 'table cells' };
      }
    } else if (!inParagraph) {
      blocks += 1;
      chars = 0;
      inParagraph = true;
    }
    chars += line.length;
    if (chars > MAX_BLOCK_CHARS) return { line: index + 1, what: 'long block' };
    if (blocks > most) return { line: index + 1, what: 'blocks' };
  }
  return undefined;
}
