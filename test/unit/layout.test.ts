import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  layoutBlocks,
  lineText,
  wrapSpans,
} from '../../source/domain/text/layout.js';
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
    const lines = layoutBlocks(blocks, 80);
    expect(lines[0]?.[0]).toEqual({ text: 'Bold', bold: true });
    expect(lines.map(lineText)).toEqual(['Bold and the site [1].', '', '[1] https://example.com']);
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

describe('addresses without terminal hyperlinks', () => {
  const long = 'https://www.example.com/en-us/account/help/a/very/long/path/that/keeps/going';

  it('never breaks an address across lines, at any width', () => {
    for (const width of [20, 30, 44, 60, 100]) {
      const lines = layoutBlocks(
        blocksOf(`Sign in at <${long}> or read [the help](${long}?page=2) first.`),
        width,
      ).map(lineText);
      expect(lines.filter((line) => line.includes(long))).toHaveLength(2);
      for (const line of lines) {
        // Every piece of an address is the whole address.
        if (/https?:|example\.com|keeps\/going/.test(line)) expect(line).toContain(long);
      }
    }
  });

  it('numbers each address once, under the text, in order', () => {
    const lines = layoutBlocks(
      blocksOf(
        '[One](https://a.example) and [two](https://b.example).\n\n- [again](https://a.example)',
      ),
      80,
    ).map(lineText);
    expect(lines).toEqual([
      'One [1] and two [2].',
      '',
      '• again [1]',
      '',
      '[1] https://a.example',
      '[2] https://b.example',
    ]);
  });
});

describe('GitHub tables, task lists and strikethrough', () => {
  const table = blocksOf(
    [
      '| Route | Speed | Needs |',
      '| :---- | :---: | ----: |',
      '| Online | minutes | an online account |',
      '| Mail | 5-10 business days | your billing address as the bank has it |',
    ].join('\n'),
  );

  it('lays a table out as aligned columns with a bold header over a rule', () => {
    const lines = layoutBlocks(table, 80);
    expect(lines.map(lineText)).toEqual([
      'Route  │       Speed        │                                   Needs',
      '───────┼────────────────────┼────────────────────────────────────────',
      'Online │      minutes       │                       an online account',
      'Mail   │ 5-10 business days │ your billing address as the bank has it',
    ]);
    expect(lines[0]?.find((span) => span.text === 'Route')?.bold).toBe(true);
  });

  it('wraps cells inside their columns to fit a narrow width, and lists them when too narrow', () => {
    const lines = layoutBlocks(table, 40).map(lineText);
    expect(Math.max(...lines.map((line) => displayWidth(line)))).toBeLessThanOrEqual(40);
    expect(lines.join('\n')).toContain('billing');
    const list = layoutBlocks(table, 20).map(lineText);
    expect(list.slice(0, 2)).toEqual(['Route: Online', 'Speed: minutes']);
  });

  it('shows task boxes and keeps strikethrough on its spans', () => {
    const lines = layoutBlocks(
      blocksOf('- [x] done\n- [ ] to do\n- plain\n\nThis is ~~old~~ new.'),
      40,
    );
    expect(lines.map(lineText).slice(0, 3)).toEqual(['• [x] done', '• [ ] to do', '•     plain']);
    expect(lines.at(-1)?.find((span) => span.text === 'old')?.strike).toBe(true);
  });
});

describe('tables as GitHub reads them', () => {
  it('leaves out cells past the header’s columns', () => {
    const lines = layoutBlocks(blocksOf('| Only |\n| --- |\n| a | b | c |'), 40).map(lineText);
    expect(lines).toEqual(['Only', '────', 'a   ']);
  });
});

describe('the status bar at any width', () => {
  it('keeps quit and done whole, and drops lesser hints first, never cutting one', async () => {
    const { fitHints } = await import('../../source/state/screen.js');
    const { liveHintEntries } = await import('../../source/state/keymap.js');
    const { errandState } = await import('../helpers/state.js');
    const hints = liveHintEntries(errandState());
    for (const room of [20, 40, 60, 80, 200]) {
      const shown = fitHints(hints, room);
      expect(shown).toContain('q quit');
      expect(shown).toContain('␣ done');
      for (const text of shown) expect(hints.map((hint) => hint.text)).toContain(text);
      if (room >= 40) expect(shown.join('  ').length).toBeLessThanOrEqual(room);
    }
    expect(fitHints(hints, 200)).toEqual(hints.map((hint) => hint.text));
  });
});

describe('one link policy, for terminal hyperlinks too', () => {
  const hyperlinks = { links: 'hyperlink' as const };
  const spansOf = (markdown: string) => layoutBlocks(blocksOf(markdown), 80, hyperlinks).flat();

  it('makes only web and plain mail addresses clickable, and shows any other target as text', () => {
    for (const target of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'ssh://host',
      'smb://server/share',
      'mailto:a@example.com?attach=/etc/passwd',
    ]) {
      const spans = spansOf(`See [the form](${target}) now.`);
      expect(
        spans.filter((span) => span.href !== undefined),
        target,
      ).toEqual([]);
      expect(spans.map((span) => span.text).join(''), target).toContain(`[1] ${target}`);
    }
  });

  it('keeps a web link clickable, with no reference when its label says where it goes', () => {
    const spans = spansOf('See [the form](https://example.org/form) now.');
    expect(spans.filter((span) => span.href === 'https://example.org/form')).toHaveLength(1);
    expect(spans.map((span) => span.text).join('')).not.toContain('[1]');
  });

  it('shows the real target of a label that reads as another address', () => {
    const spans = spansOf(
      'Go to [https://www.americanexpress.com/pin](https://americanexpress.com.evil.example/x).',
    );
    const text = spans.map((span) => span.text).join('');
    expect(text).toContain('[1] https://americanexpress.com.evil.example/x');
    // The same host under another label needs no reference.
    const same = spansOf('Go to [www.example.org](https://example.org/a).');
    expect(same.map((span) => span.text).join('')).not.toContain('[1]');
  });
});

describe('spoofed labels, written other ways', () => {
  const spansOf = (markdown: string) =>
    layoutBlocks(blocksOf(markdown), 80, { links: 'hyperlink' }).flat();
  it.each([
    '[americanexpress.com *now*](https://evil.example/a)',
    '[https://americanexpress.com **go**](https://evil.example/b)',
    '[americanexpress｡com](https://evil.example/c)',
    '[americanexpress . com](https://evil.example/d)',
  ])('%s shows its real target', (link) => {
    const text = spansOf(`Go to ${link} now.`)
      .map((span) => span.text)
      .join('');
    expect(text).toMatch(/\[1\] https:\/\/evil\.example\//);
  });
});
