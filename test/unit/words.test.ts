// Text for a screen reader: states in words, no drawing (domain/text/words.ts).
import { describe, expect, it } from 'vitest';
import {
  keyLabelInWords,
  keysInWords,
  lineInWords,
  toWords,
} from '../../source/domain/text/words.js';
import { screenReaderWanted } from '../../source/domain/settings/settings.js';

const DRAWING = /[\u2500-\u259f\u2800-\u28ff○●◉◐•▸▾›]/u;

describe('lineInWords', () => {
  it.each([
    ['[x] 1. Know your options  done 6 Dec', 'done 6 Dec: 1. Know your options'],
    [
      '    [x] 2.1 Register  done 6 Dec (other route)',
      '    done 6 Dec: 2.1 Register (other route)',
    ],
    ['[x] 3. Call', 'done: 3. Call'],
    ['[ ] 3. Call customer service', 'not done: 3. Call customer service'],
    ['● 2.1 Register', 'done: 2.1 Register'],
    ['○ 2.2 Retrieve', 'not done: 2.2 Retrieve'],
    ['◐ 3. Started', 'started: 3. Started'],
    ['◉ Online account', 'chosen: Online account'],
    ['⚠ Never share it', 'warning: Never share it'],
    ['   • Online account: fastest', '   Online account: fastest'],
    ['│ A quotation', 'A quotation'],
    ['cell one │ cell two', 'cell one, cell two'],
    ['Overall ███████░░░ 7%', 'Overall 7%'],
    ['↑↓ move  ⏎ open  ␣ mark', 'UpDown move  Enter open  Space mark'],
    ['› selected row', 'selected row'],
  ])('says %j as %j', (line, said) => {
    expect(lineInWords(line)).toBe(said);
  });

  it('leaves out lines that are only drawing, and keeps blank ones', () => {
    for (const rule of ['──────', '==========', '----', '───┼───', '   ─────  ']) {
      expect(lineInWords(rule)).toBeUndefined();
    }
    expect(lineInWords('')).toBe('');
    // Not a rule: words with a dash in them.
    expect(lineInWords('a - b')).toBe('a - b');
  });

  it('leaves no drawing or state symbol in any line', () => {
    const lines = [
      '● done 6 Dec · route: Online',
      '╔══╗ box ╚══╝',
      '⠿ braille ⣿',
      'x ▸ y ▾ z ■ □',
      '• a • b',
    ];
    for (const line of lines) expect(lineInWords(line) ?? '').not.toMatch(DRAWING);
  });

  it('joins many lines and drops the drawn ones', () => {
    expect(toWords('Title\n=====\n\n• one\n• two\n')).toBe('Title\n\none\ntwo\n');
  });
});

describe('keys in words', () => {
  it('names modifier keys and pages in full', () => {
    expect(keysInWords('C-n next, S-Tab back, PgDn, PgUp, Esc')).toBe(
      'Control n next, Shift Tab back, Page Down, Page Up, Escape',
    );
    expect(keyLabelInWords('Down j C-n')).toBe('Down or j or Control n');
    expect(keyLabelInWords('↑ k')).toBe('Up or k');
    expect(keyLabelInWords('1-4')).toBe('1-4');
  });
});

describe('screenReaderWanted', () => {
  it.each([
    // flag, environment, setting, wanted
    [undefined, {}, 'off', false],
    [undefined, {}, 'on', true],
    [true, {}, 'off', true],
    [false, {}, 'on', false],
    [false, { INK_SCREEN_READER: 'true' }, 'off', false],
    [undefined, { INK_SCREEN_READER: 'true' }, 'off', true],
    [undefined, { INK_SCREEN_READER: 'TRUE' }, 'off', true],
    [undefined, { INK_SCREEN_READER: 'false' }, 'off', false],
    [undefined, { INK_SCREEN_READER: '1' }, 'off', false],
    [undefined, { ACCESSIBLE: '1' }, 'off', true],
    [undefined, { ACCESSIBLE: 'yes' }, 'off', true],
    [undefined, { ACCESSIBLE: '0' }, 'off', false],
    [undefined, { ACCESSIBLE: '' }, 'off', false],
    [undefined, { ACCESSIBLE: 'false' }, 'on', true],
  ] as const)('flag %s, env %j, setting %s: %s', (flag, env, setting, wanted) => {
    expect(screenReaderWanted(flag, env, setting)).toBe(wanted);
  });
});

describe('wrapAfter', () => {
  it('wraps as the line will be written, with the role Ink puts in front', async () => {
    const { wrapAfter } = await import('../../source/state/reader.js');
    const prefix = 'list: listitem: (selected) ';
    const lines = wrapAfter(prefix, 'I lost or forgot my PIN. How do I get a new one?, in FAQ', 39);
    const written = [`${prefix}${lines[0]}`, ...lines.slice(1)];
    for (const line of written) expect(line.length).toBeLessThanOrEqual(39);
    expect(written.join(' ')).toBe(
      `${prefix}I lost or forgot my PIN. How do I get a new one?, in FAQ`,
    );
    // Too narrow for the prefix and a word: the prefix has a line of its own.
    expect(wrapAfter('textbox: (selected) ', 'Search the guide: lo', 20)[0]).toBe('');
  });
});

describe('printed lists and counts in words', () => {
  it.each([
    ['- Plan ahead', 'Plan ahead'],
    ['! Never share your PIN', 'warning: Never share your PIN'],
    ['1/14 done (7%), no route chosen yet', '1 of 14 done (7%), no route chosen yet'],
    [
      'Welcome back - 2/7 done, last here moments ago.',
      'Welcome back - 2 of 7 done, last here moments ago.',
    ],
    ['2. Call customer service [step]', '2. Call customer service (in step)'],
    ['a - b', 'a - b'],
  ])('says %j as %j', (line, said) => {
    expect(lineInWords(line)).toBe(said);
  });
});
