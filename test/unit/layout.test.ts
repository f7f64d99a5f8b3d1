import { describe, expect, it } from 'vitest';
import { layoutBlocks, lineText, wrapSpans } from '../../source/domain/text/layout.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import stringWidth from 'string-width';
import { MINI } from '../helpers/guides.js';

const blocksOf = (markdown: string) =>
  parseGuide(MINI.replace('Do the first thing.', markdown)).guide?.steps[0]?.body.blocks ?? [];

describe('layout', () => {
  it('wraps by words within the width', () => {
    const lines = wrapSpans([{ text: 'one two three four five six' }], 10).map(lineText);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });

  it('wraps by display width for wide characters and emoji', () => {
    const lines = wrapSpans([{ text: '日本語のテキストです 🎉🎉🎉🎉' }], 8).map(lineText);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(8);
    expect(lines.join('')).toBe('日本語のテキストです🎉🎉🎉🎉');
  });

  it('renders lists with markers and a hanging indent', () => {
    const lines = layoutBlocks(blocksOf('- first item is long\n- second'), 14).map(lineText);
    expect(lines).toEqual(['• first item', '  is long', '• second']);
    const ordered = layoutBlocks(blocksOf('1. one\n2. two'), 20).map(lineText);
    expect(ordered).toEqual(['1. one', '2. two']);
  });

  it('keeps bold on spans and shows link targets inline unless hyperlinks are on', () => {
    const blocks = blocksOf('**Bold** and [the site](https://example.com).');
    const [line] = layoutBlocks(blocks, 80);
    expect(line?.[0]).toEqual({ text: 'Bold', bold: true });
    expect(lineText(line ?? [])).toBe('Bold and the site <https://example.com>.');
    const [linked] = layoutBlocks(blocks, 80, { links: 'hyperlink' });
    expect(linked?.find((span) => span.href)?.text).toBe('the site');
  });
});

describe('display width', () => {
  it('agrees with string-width for text it measures itself, and defers to it otherwise', async () => {
    const { displayWidth } = await import('../../source/domain/text/layout.js');
    for (const text of [
      'plain',
      'café – “quoted” …',
      '○ not done · route',
      '› ● 2.1',
      '█░',
      'naïve',
      '日本',
      '🎉',
      'é',
      '⚠️',
    ]) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
