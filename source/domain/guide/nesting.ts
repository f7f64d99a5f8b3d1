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
