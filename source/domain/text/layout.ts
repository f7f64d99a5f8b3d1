import stringWidth from 'string-width';
import type { Block, Inline } from '../guide/guide.js';

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
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.href === b.href;
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

function withLinkTargets(spans: readonly Inline[], options: LayoutOptions): Inline[] {
  if (options.links === 'hyperlink') return [...spans];
  const out: Inline[] = [];
  spans.forEach((span, index) => {
    const { href, ...style } = span;
    out.push(style);
    const next = spans[index + 1];
    const linkEnds = href !== undefined && next?.href !== href;
    const obvious = href !== undefined && href.replace(/^(https?:\/\/|mailto:)/, '') === span.text;
    if (linkEnds && !obvious) out.push({ text: ` <${href}>` });
  });
  return out;
}

/** Wraps styled text to a display width, by words, breaking only words wider than the line. */
export function wrapSpans(spans: readonly Inline[], width: number): Line[] {
  const lines: Inline[][] = [[]];
  let used = 0;
  const newLine = () => {
    trimEnd(lines[lines.length - 1] ?? []);
    lines.push([]);
    used = 0;
  };
  for (const span of spans) {
    for (const token of span.text.split(/(\n|\s+)/)) {
      if (token === '') continue;
      const current = lines[lines.length - 1] ?? [];
      if (token === '\n') {
        newLine();
        continue;
      }
      if (/^\s+$/.test(token)) {
        if (used > 0 && used < width) {
          push(current, { ...span, text: ' ' });
          used += 1;
        }
        continue;
      }
      const tokenWidth = displayWidth(token);
      if (used + tokenWidth > width && used > 0) newLine();
      if (tokenWidth <= width) {
        push(lines[lines.length - 1] ?? [], { ...span, text: token });
        used += tokenWidth;
        continue;
      }
      for (const { segment } of segmenter.segment(token)) {
        const segmentWidth = displayWidth(segment);
        if (used + segmentWidth > width && used > 0) newLine();
        push(lines[lines.length - 1] ?? [], { ...span, text: segment });
        used += segmentWidth;
      }
    }
  }
  trimEnd(lines[lines.length - 1] ?? []);
  return lines;
}

function indent(lines: readonly Line[], first: string, rest: string): Line[] {
  return lines.map((line, index) =>
    line.length === 0 && index > 0 ? line : [{ text: index === 0 ? first : rest }, ...line],
  );
}

/** Lays Markdown blocks out as terminal lines of at most `width` columns. */
export function layoutBlocks(
  blocks: readonly Block[],
  width: number,
  options: LayoutOptions = { links: 'inline' },
  tight = false,
): Line[] {
  const safeWidth = Math.max(width, 8);
  const out: Line[] = [];
  blocks.forEach((block, index) => {
    if (index > 0 && !tight) out.push([]);
    out.push(...layoutBlock(block, safeWidth, options));
  });
  return out;
}

function layoutBlock(block: Block, width: number, options: LayoutOptions): Line[] {
  switch (block.kind) {
    case 'paragraph':
      return wrapSpans(withLinkTargets(block.spans, options), width);
    case 'heading':
      return wrapSpans(
        withLinkTargets(block.spans, options).map((span) => ({ ...span, bold: true })),
        width,
      );
    case 'list': {
      const markers = block.items.map((_, index) =>
        block.ordered ? `${block.start + index}. ` : '• ',
      );
      const markerWidth = Math.max(...markers.map((marker) => displayWidth(marker)));
      return block.items.flatMap((item, index) => {
        const marker = (markers[index] ?? '').padStart(markerWidth);
        const lines = layoutBlocks(item, width - markerWidth, options, block.tight);
        return indent(lines.length > 0 ? lines : [[]], marker, ' '.repeat(markerWidth));
      });
    }
    case 'quote':
      return indent(layoutBlocks(block.blocks, width - 2, options), '│ ', '│ ');
    case 'code':
      return block.text
        .split('\n')
        .flatMap((text) => wrapSpans([{ text: `  ${text}`, code: true }], width));
    case 'rule':
      return [[{ text: '─'.repeat(Math.min(width, 40)) }]];
  }
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
