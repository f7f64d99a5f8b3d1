import { isOpenableLink } from '../guide/guide.js';
import stringWidth from 'string-width';
import type { Block, CellAlign, Inline } from '../guide/guide.js';

/** One screen line of styled text. */
export type Line = readonly Inline[];

export type LayoutOptions = {
  /**
   * "inline" writes a link's address after its text, for terminals and files without hyperlinks;
   * "hyperlink" keeps it on the span only, for the UI to turn into an OSC 8 link.
   */
  readonly links: 'inline' | 'hyperlink';
};

// Made on first use: the first Intl.Segmenter costs several milliseconds of start-up.
let graphemes: Intl.Segmenter | undefined;
const segmenter = {
  segment: (text: string) =>
    (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text),
};

// Most text is Latin script and punctuation, plus the app's own markers and rules: one column a
// character, no combining marks. Only the rest (CJK, emoji, combining accents) needs the full
// measure, whose first use is slow enough to show at start-up.
const ONE_COLUMN =
  /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e←→↑↓─│○●◉◐•▸▾›█░]*$/;
export function displayWidth(text: string): number {
  return ONE_COLUMN.test(text) ? text.length : stringWidth(text);
}

function sameStyle(a: Inline, b: Inline): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.strike === b.strike &&
    a.href === b.href
  );
}

function push(line: Inline[], piece: Inline): void {
  const last = line.at(-1);
  if (last && sameStyle(last, piece)) {
    line[line.length - 1] = { ...last, text: last.text + piece.text };
  } else {
    line.push(piece);
  }
}

function trimEnd(line: Inline[]): Inline[] {
  const last = line.at(-1);
  if (last) {
    const text = last.text.replace(/\s+$/, '');
    if (text) line[line.length - 1] = { ...last, text };
    else line.pop();
  }
  return line;
}

/** The addresses of links in a text laid out without hyperlinks, numbered as they come. */
type References = string[];

/**
 * Without terminal hyperlinks, a link's address goes under the text as a numbered reference
 * ("the FAQ [1]" ... "[1] https://..."), so a long address is never broken across lines; a link
 * whose text is its address needs none.
 */
function withLinkTargets(
  spans: readonly Inline[],
  options: LayoutOptions,
  references: References,
): Inline[] {
  const out: Inline[] = [];
  // A link's whole label, over all its styled pieces ("americanexpress.com *now*").
  let label = '';
  spans.forEach((span, index) => {
    const { href, ...style } = span;
    const next = spans[index + 1];
    const linkEnds = href !== undefined && next?.href !== href;
    label = href !== undefined && spans[index - 1]?.href === href ? label + span.text : span.text;
    // One link policy for `o`, terminal hyperlinks and the references: only web and plain mail
    // addresses are links. Any other target is shown as text, never made clickable.
    const openable = href !== undefined && isOpenableLink(href);
    if (options.links === 'hyperlink') {
      out.push(openable ? span : style);
      // A label that reads as one address while the link goes to another shows where it goes.
      if (linkEnds && (!openable || spoofs(label, href))) {
        const known = references.indexOf(href);
        const number = known === -1 ? references.push(href) : known + 1;
        out.push({ text: ` [${number}]` });
      }
      return;
    }
    out.push(style);
    const bare = href?.replace(/^(https?:\/\/|mailto:)/, '');
    const obvious = href !== undefined && (span.text === href || span.text === bare);
    if (linkEnds && !obvious) {
      const known = references.indexOf(href);
      const number = known === -1 ? references.push(href) : known + 1;
      out.push({ text: ` [${number}]` });
    }
  });
  return out;
}

/** The host a text names, if it reads as an address ("www.example.com/x", "https://a.b"). */
function hostIn(text: string): string | undefined {
  // Dots of other widths and spaced dots read as dots too: "example｡com", "example . com".
  const plain = text
    .normalize('NFKC')
    .replace(/[\u3002\uff61\uff0e]/g, '.')
    .replace(/\s*\.\s*/g, '.');
  const match = /(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])/i.exec(plain);
  return match?.[1]?.toLowerCase().replace(/^www\./, '');
}

/** Whether a link's label names another host than the one it goes to. */
function spoofs(label: string, href: string): boolean {
  const named = hostIn(label);
  if (named === undefined) return false;
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\./, '') !== named;
  } catch {
    return true;
  }
}

/** An address in the text: kept whole on a line of its own rather than broken. */
const ADDRESS = /^<?(?:https?:\/\/|mailto:|www\.)\S+$/;

type Token =
  | { readonly kind: 'newline' }
  | { readonly kind: 'space'; readonly style: Inline }
  /** A word: the pieces of text, in their styles, between two spaces (`**bold**.` is one word). */
  | { readonly kind: 'word'; readonly pieces: Inline[] };

/** The text as words and spaces, a word running on across a change of style. */
function tokens(spans: readonly Inline[]): Token[] {
  const out: Token[] = [];
  for (const span of spans) {
    for (const part of span.text.split(/(\n|\s+)/)) {
      if (part === '') continue;
      const last = out.at(-1);
      if (part === '\n') out.push({ kind: 'newline' });
      else if (/^\s+$/.test(part)) out.push({ kind: 'space', style: span });
      else if (last?.kind === 'word') last.pieces.push({ ...span, text: part });
      else out.push({ kind: 'word', pieces: [{ ...span, text: part }] });
    }
  }
  return out;
}

/**
 * Wraps styled text to a display width, by words, breaking only words wider than the line. A word
 * is what stands between spaces, whatever its styles: a full stop after bold text stays with it.
 */
export function wrapSpans(spans: readonly Inline[], width: number): Line[] {
  const lines: Inline[][] = [[]];
  let used = 0;
  const newLine = () => {
    trimEnd(lines[lines.length - 1] ?? []);
    lines.push([]);
    used = 0;
  };
  const current = () => lines[lines.length - 1] ?? [];
  for (const token of tokens(spans)) {
    if (token.kind === 'newline') {
      newLine();
      continue;
    }
    if (token.kind === 'space') {
      if (used > 0 && used < width) {
        push(current(), { ...token.style, text: ' ' });
        used += 1;
      }
      continue;
    }
    const text = token.pieces.map((piece) => piece.text).join('');
    const wordWidth = displayWidth(text);
    if (used + wordWidth > width && used > 0) newLine();
    if (wordWidth <= width || ADDRESS.test(text)) {
      for (const piece of token.pieces) push(current(), piece);
      used += wordWidth;
      continue;
    }
    for (const piece of token.pieces) {
      for (const { segment } of segmenter.segment(piece.text)) {
        const segmentWidth = displayWidth(segment);
        if (used + segmentWidth > width && used > 0) newLine();
        push(current(), { ...piece, text: segment });
        used += segmentWidth;
      }
    }
  }
  trimEnd(current());
  return lines;
}

function indent(lines: readonly Line[], first: string, rest: string): Line[] {
  return lines.map((line, index) =>
    line.length === 0 && index > 0 ? line : [{ text: index === 0 ? first : rest }, ...line],
  );
}

/**
 * Lays Markdown blocks out as terminal lines of at most `width` columns (an address wider than
 * that keeps its own, longer line), with the links' numbered addresses at the end when there are
 * no terminal hyperlinks.
 */
export function layoutBlocks(
  blocks: readonly Block[],
  width: number,
  options: LayoutOptions = { links: 'inline' },
): Line[] {
  const references: References = [];
  const lines = layoutInner(blocks, width, options, references);
  if (references.length === 0) return lines;
  return [
    ...lines,
    [],
    ...references.map((href, index): Line => [
      { text: `[${index + 1}] ${href}`, ...(isOpenableLink(href) && { href }) },
    ]),
  ];
}

function layoutInner(
  blocks: readonly Block[],
  width: number,
  options: LayoutOptions,
  references: References,
  tight = false,
): Line[] {
  const safeWidth = Math.max(width, 8);
  const out: Line[] = [];
  blocks.forEach((block, index) => {
    if (index > 0 && !tight) out.push([]);
    out.push(...layoutBlock(block, safeWidth, options, references));
  });
  return out;
}

function layoutBlock(
  block: Block,
  width: number,
  options: LayoutOptions,
  references: References,
): Line[] {
  switch (block.kind) {
    case 'paragraph':
      return wrapSpans(withLinkTargets(block.spans, options, references), width);
    case 'heading':
      return wrapSpans(
        withLinkTargets(block.spans, options, references).map((span) => ({ ...span, bold: true })),
        width,
      );
    case 'list': {
      const bullets = block.items.map((_, index) =>
        block.ordered ? `${block.start + index}. ` : '• ',
      );
      const bulletWidth = Math.max(...bullets.map((bullet) => displayWidth(bullet)));
      const boxes = block.items.map((_, index) => {
        const task = block.tasks?.[index];
        return task === true ? '[x] ' : task === false ? '[ ] ' : '';
      });
      const boxWidth = Math.max(...boxes.map((box) => box.length));
      const markers = bullets.map(
        (bullet, index) => bullet.padStart(bulletWidth) + (boxes[index] ?? '').padEnd(boxWidth),
      );
      const markerWidth = bulletWidth + boxWidth;
      return block.items.flatMap((item, index) => {
        const marker = markers[index] ?? '';
        const lines = layoutInner(item, width - markerWidth, options, references, block.tight);
        return indent(lines.length > 0 ? lines : [[]], marker, ' '.repeat(markerWidth));
      });
    }
    case 'quote':
      return indent(layoutInner(block.blocks, width - 2, options, references), '│ ', '│ ');
    case 'code':
      return block.text
        .split('\n')
        .flatMap((text) => wrapSpans([{ text: `  ${text}`, code: true }], width));
    case 'rule':
      return [[{ text: '─'.repeat(Math.min(width, 40)) }]];
    case 'table':
      return layoutTable(block, width, options, references);
  }
}

const CELL_GAP = ' │ ';
/** Narrower than this, a column would show a letter or two a line: the table becomes a list. */
const MIN_COLUMN = 6;

function alignCell(line: Line, width: number, align: CellAlign): Line {
  const room = Math.max(width - displayWidth(lineText(line)), 0);
  const left = align === 'right' ? room : align === 'center' ? Math.floor(room / 2) : 0;
  return [
    ...(left > 0 ? [{ text: ' '.repeat(left) }] : []),
    ...line,
    ...(room - left > 0 ? [{ text: ' '.repeat(room - left) }] : []),
  ];
}

/** Column widths that fit `width`: each column as wide as its widest cell, the widest cut first. */
function columnWidths(natural: readonly number[], width: number): number[] | undefined {
  const room = width - CELL_GAP.length * (natural.length - 1);
  if (room < MIN_COLUMN * natural.length) return undefined;
  const widths = [...natural];
  while (widths.reduce((sum, value) => sum + value, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

/**
 * A GitHub table as aligned columns that fit the width: the header in bold over a rule, cells
 * wrapped inside their column when the table is too wide. On a screen too narrow for columns,
 * each row becomes a list of "header: value" lines.
 */
function layoutTable(
  block: Extract<Block, { kind: 'table' }>,
  width: number,
  options: LayoutOptions,
  references: References,
): Line[] {
  // As on GitHub, the header row says how many columns there are; extra cells are left out.
  const columns = block.rows[0]?.length ?? 0;
  const rows = block.rows.map((row) =>
    row.slice(0, columns).map((cell) => withLinkTargets(cell, options, references)),
  );
  if (columns === 0) return [];
  const cell = (row: readonly Inline[][], index: number) => row[index] ?? [];
  const natural = Array.from({ length: columns }, (_, index) =>
    Math.max(3, ...rows.map((row) => displayWidth(lineText(cell(row, index))))),
  );
  const widths = columnWidths(natural, width);
  const [header = [], ...body] = rows;
  if (!widths) {
    return body.flatMap((row, rowIndex) => [
      ...(rowIndex > 0 ? [[]] : []),
      ...Array.from({ length: columns }, (_, index) =>
        wrapSpans(
          [
            ...cell(header, index).map((span) => ({ ...span, bold: true })),
            { text: ': ', bold: true },
            ...cell(row, index),
          ],
          width,
        ),
      ).flat(),
    ]);
  }
  const layoutRow = (row: readonly Inline[][], bold: boolean): Line[] => {
    const wrapped = widths.map((columnWidth, index) =>
      wrapSpans(
        cell(row, index).map((span) => (bold ? { ...span, bold: true } : span)),
        columnWidth,
      ),
    );
    const height = Math.max(...wrapped.map((lines) => lines.length), 1);
    return Array.from({ length: height }, (_, lineIndex) =>
      widths.flatMap((columnWidth, index) => [
        ...(index > 0 ? [{ text: CELL_GAP }] : []),
        ...alignCell(wrapped[index]?.[lineIndex] ?? [], columnWidth, block.align[index] ?? null),
      ]),
    );
  };
  const rule: Line = [{ text: widths.map((columnWidth) => '─'.repeat(columnWidth)).join('─┼─') }];
  return [...layoutRow(header, true), rule, ...body.flatMap((row) => layoutRow(row, false))];
}

export function lineText(line: Line): string {
  return line.map((span) => span.text).join('');
}

/** Rendered text on one line, without Markdown marks: for excerpts and search. */
export function plainText(blocks: readonly Block[]): string {
  return layoutBlocks(blocks, 100_000).map(lineText).join(' ').replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `width` columns, ending in "…" when cut; wide characters count as two. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (displayWidth(out + segment) > width - 1) break;
    out += segment;
  }
  return `${out}…`;
}

/** Pads text with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - displayWidth(text), 0));
}
