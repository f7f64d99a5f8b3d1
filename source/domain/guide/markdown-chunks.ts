import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

// GitHub's tables, task lists and strikethrough, as authors write them (not its autolinks or
// footnotes, which a terminal guide does not need).
const GFM = {
  extensions: [gfmTable(), gfmTaskListItem(), gfmStrikethrough({ singleTilde: false })],
  mdastExtensions: [
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
  ],
};

// A guide's headings split it into items, and no Markdown construct can carry past a heading at
// the start of a line. Parsing each item on its own keeps the parser's cost in proportion to the
// guide (it is worse than linear over one large document), and lets a reload reuse the items
// whose text did not change.

/** A heading at the start of a line; indented, it could belong to a list item. */
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Parsed items by their text, kept between parses of the same guide (`--watch`). */
export type ChunkMemo = Map<string, readonly RootContent[]>;

export type Chunk = { readonly text: string; readonly line: number; readonly offset: number };

/** Splits Markdown before each heading that starts a line outside code and comments. */
export function splitAtHeadings(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let offset = 0;
  let fence: string | undefined;
  let inComment = false;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (fence !== undefined) {
      const close = FENCE.exec(line)?.[1];
      if (
        close &&
        close[0] === fence[0] &&
        close.length >= fence.length &&
        /^\s*[`~]+\s*$/.test(line)
      ) {
        fence = undefined;
      }
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (HEADING.test(line) && index > startLine) {
      chunks.push({ text: text.slice(start, offset - 1), line: startLine, offset: start });
      start = offset;
      startLine = index;
    } else {
      fence = FENCE.exec(line)?.[1];
      const opened = line.lastIndexOf('<!--');
      inComment = fence === undefined && opened !== -1 && !line.slice(opened).includes('-->');
    }
    offset += line.length + 1;
  });
  chunks.push({ text: text.slice(start), line: startLine, offset: start });
  return chunks;
}

type Position = NonNullable<RootContent['position']>;
const shift = (position: Position, line: number, offset: number): Position => ({
  start: {
    line: position.start.line + line,
    column: position.start.column,
    offset: (position.start.offset ?? 0) + offset,
  },
  end: {
    line: position.end.line + line,
    column: position.end.column,
    offset: (position.end.offset ?? 0) + offset,
  },
});

/**
 * The top-level nodes of a Markdown text, as one parse of the whole would give them, with
 * positions in the whole text, parsed item by item.
 */
export function parseChunks(
  text: string,
  memo?: ChunkMemo,
  chunks: readonly Chunk[] = splitAtHeadings(text),
): RootContent[] {
  const nodes: RootContent[] = [];
  // Only this version's items are kept for the next parse.
  if (memo) {
    const used = new Set(chunks.map((chunk) => chunk.text));
    for (const key of memo.keys()) if (!used.has(key)) memo.delete(key);
  }
  for (const chunk of chunks) {
    let parsed = memo?.get(chunk.text);
    if (!parsed) {
      parsed = fromMarkdown(chunk.text, GFM).children;
      memo?.set(chunk.text, parsed);
    }
    for (const node of parsed) {
      nodes.push(
        node.position
          ? { ...node, position: shift(node.position, chunk.line, chunk.offset) }
          : node,
      );
    }
  }
  return nodes;
}
