import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import {
  parseChunks,
  splitAtHeadings,
  type ChunkMemo,
} from '../../source/domain/guide/markdown-chunks.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { generateGuide } from '../bench/scale.js';

const SAMPLE = `## Steps

### One

Text with a [link](https://example.com).

\`\`\`
# not a heading, inside code
\`\`\`

<!--
# not a heading, inside a comment
-->

- a list
  # an indented heading stays in its item

### Two
<!-- id: two -->

> quote
`;

describe('parsing item by item', () => {
  it('splits only at headings that start a line outside code and comments', () => {
    expect(splitAtHeadings(SAMPLE).map((chunk) => chunk.text.split('\n')[0])).toEqual([
      '## Steps',
      '### One',
      '### Two',
    ]);
  });

  it('gives the same nodes as parsing the whole text at once, with the same top-level positions', () => {
    // Positions inside a node are not used, and stay relative to its item.
    const chunked = parseChunks(SAMPLE);
    const whole = fromMarkdown(SAMPLE).children;
    expect(chunked.map((node) => node.position)).toEqual(whole.map((node) => node.position));
    const noPositions = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value, (key, inner: unknown) => (key === 'position' ? undefined : inner)),
      ) as unknown;
    expect(noPositions(chunked)).toEqual(noPositions(whole));
  });

  it('reuses unchanged items on a reparse and keeps only the current ones', () => {
    const text = generateGuide(40);
    const memo: ChunkMemo = new Map();
    const first = parseGuide(text, memo);
    const size = memo.size;
    const edited = text.replace('Text of part 1, with', 'Changed text of part 1, with');
    const second = parseGuide(edited, memo);
    expect(memo.size).toBe(size);
    expect(second.guide?.steps[0]?.substeps[0]?.body.markdown).toMatch(/^Changed text/);
    expect(second.guide?.steps[1]).toEqual(first.guide?.steps[1]);
    expect(parseGuide(edited)).toEqual(second);
  });
});
