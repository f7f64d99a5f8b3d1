// The one decoder of terminal input: tables of byte sequences, whole and split across reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInputDecoder,
  PENDING_MS,
  type InputEvent,
} from '../../source/domain/terminal/decode-input.js';

const E = '\u001b';

/** Feeds the pieces as separate reads, then lets the wait run out. */
function decode(...pieces: string[]): InputEvent[] {
  const decoder = createInputDecoder();
  const events = pieces.flatMap((piece) => decoder.feed(piece));
  return [...events, ...decoder.flush()];
}

const key = (name: string): InputEvent => ({ kind: 'key', name });
const text = (value: string): InputEvent => ({ kind: 'text', text: value });
const mouse = (button: number, col: number, row: number, press = true): InputEvent => ({
  kind: 'mouse',
  report: { button, col, row, press },
});

const TABLE: readonly [string, string, readonly InputEvent[]][] = [
  ['a letter', 'q', [text('q')]],
  ['letters typed at once', 'jj', [text('jj')]],
  ['letters, then Enter', 'lost pin\r', [text('lost pin'), key('enter')]],
  ['Enter as LF', '\n', [key('enter')]],
  ['Tab', '\t', [key('tab')]],
  ['Backspace (DEL)', '\u007f', [key('backspace')]],
  ['Backspace (BS)', '\b', [key('backspace')]],
  ['Ctrl-C', '\u0003', [key('ctrl-c')]],
  ['Ctrl-Z', '\u001a', [key('ctrl-z')]],
  ['Ctrl-N', '\u000e', [key('ctrl-n')]],
  ['Up', `${E}[A`, [key('up')]],
  ['Down, SS3 form', `${E}OB`, [key('down')]],
  ['Ctrl-Right', `${E}[1;5C`, [key('right')]],
  ['Shift-Tab', `${E}[Z`, [key('shift-tab')]],
  ['Home', `${E}[H`, [key('home')]],
  ['Home, vt220 form', `${E}[1~`, [key('home')]],
  ['End', `${E}[4~`, [key('end')]],
  ['Page Up', `${E}[5~`, [key('pageup')]],
  ['Page Down', `${E}[6~`, [key('pagedown')]],
  ['Delete', `${E}[3~`, [key('delete')]],
  ['F1', `${E}OP`, [key('f1')]],
  ['Esc, alone', E, [key('escape')]],
  ['Esc, then a key in the same read', `${E}3`, [key('escape'), text('3')]],
  ['Esc twice', `${E}${E}`, [key('escape'), key('escape')]],
  ['a kitty key', `${E}[106u`, [key('j')]],
  ['a kitty key with Ctrl', `${E}[110;5u`, [key('ctrl-n')]],
  ['a kitty Enter', `${E}[13u`, [key('enter')]],
  [
    'SGR mouse press and release',
    `${E}[<0;12;3M${E}[<0;12;3m`,
    [mouse(0, 12, 3), mouse(0, 12, 3, false)],
  ],
  ['SGR wheel', `${E}[<65;40;9M`, [mouse(65, 40, 9)]],
  ['X10 mouse press at column 81 ("q")', `${E}[M q!`, [mouse(0, 81, 1)]],
  ['X10 mouse release at column 78 ("n")', `${E}[M#n!`, [mouse(0, 78, 1, false)]],
  ['X10 wheel', `${E}[Ma!!`, [mouse(65, 1, 1)]],
  [
    '"ESC [ M" with a sequence after it, not a report',
    `${E}[M${E}[A`,
    [{ kind: 'unknown', sequence: `${E}[M` }, key('up')],
  ],
  ['X10 mouse at column 95 (DEL)', `${E}[M \u007f%`, [mouse(0, 95, 5)]],
  ['rxvt Shift-Home', `${E}[7$`, [key('home')]],
  ['rxvt Shift-Delete, then a key', `${E}[3$j`, [key('delete'), text('j')]],
  ['the Linux console F1', `${E}[[A`, [{ kind: 'unknown', sequence: `${E}[[A` }]],
  ['Shift-F1 in SS3 form', `${E}O2P`, [key('f1')]],
  ['URXVT mouse', `${E}[32;81;5M`, [mouse(0, 81, 5)]],
  ['focus in', `${E}[I`, [{ kind: 'unknown', sequence: `${E}[I` }]],
  ['a cursor report', `${E}[12;40R`, [{ kind: 'unknown', sequence: `${E}[12;40R` }]],
  ['a colour code typed', `${E}[31m`, [{ kind: 'unknown', sequence: `${E}[31m` }]],
  [
    'a background answer (ST)',
    `${E}]11;rgb:ffff/ffff/ffff${E}\\`,
    [{ kind: 'answer', text: `${E}]11;rgb:ffff/ffff/ffff${E}\\` }],
  ],
  [
    'a background answer (BEL)',
    `${E}]11;rgb:0000/0000/0000\u0007`,
    [{ kind: 'answer', text: `${E}]11;rgb:0000/0000/0000\u0007` }],
  ],
  ['a DCS answer', `${E}P1$r0m${E}\\`, [{ kind: 'answer', text: `${E}P1$r0m${E}\\` }]],
  [
    'an answer cut short by a key',
    `${E}]11;rgb:ff${E}[A`,
    [{ kind: 'unknown', sequence: `${E}]11;rgb:ff` }, key('up')],
  ],
  ['a paste', `${E}[200~q and r${E}[201~`, [{ kind: 'paste', text: 'q and r' }]],
  [
    'a paste with a mouse report inside',
    `${E}[200~a${E}[<0;1;2Mb${E}[201~`,
    [{ kind: 'paste', text: `a${E}[<0;1;2Mb` }],
  ],
  [
    'Esc just before a paste',
    `${E}${E}[200~x${E}[201~`,
    [key('escape'), { kind: 'paste', text: 'x' }],
  ],
  ['C1 controls are not text', 'a\u009b', [text('a')]],
];

describe('the input decoder', () => {
  it.each(TABLE)('reads %s', (_name, input, expected) => {
    expect(decode(input)).toEqual(expected);
  });

  it.each(TABLE)('reads %s split at every point across two reads', (_name, input, expected) => {
    const units = [...input];
    for (let at = 1; at < units.length; at += 1) {
      const events = decode(units.slice(0, at).join(''), units.slice(at).join(''));
      // Text split across reads comes as two pieces of text: join them before comparing.
      const joined = events.reduce<InputEvent[]>((all, event) => {
        const last = all.at(-1);
        if (event.kind === 'text' && last?.kind === 'text') {
          return [...all.slice(0, -1), text(last.text + event.text)];
        }
        return [...all, event];
      }, []);
      // A lone ESC at the end of the first read followed by the rest is still one sequence.
      expect(joined).toEqual(expected);
    }
  });

  it('waits for the rest of a sequence, then swallows a cut-off one whole', () => {
    const decoder = createInputDecoder();
    expect(decoder.feed(`${E}]11;rgb:ffff/`)).toEqual([]);
    expect(decoder.pendingMs()).toBe(PENDING_MS.sequence);
    expect(decoder.flush()).toEqual([{ kind: 'unknown', sequence: `${E}]11;rgb:ffff/` }]);
    // What comes after the wait ran out is keys again.
    expect(decoder.feed('j')).toEqual([text('j')]);
    expect(decoder.pendingMs()).toBeUndefined();
  });

  it('waits briefly for a lone Esc, then reads it as the key', () => {
    const decoder = createInputDecoder();
    expect(decoder.feed(E)).toEqual([]);
    expect(decoder.pendingMs()).toBe(PENDING_MS.escape);
    expect(decoder.flush()).toEqual([key('escape')]);
  });

  it('keeps a paste open across reads, and never reads its text as keys', () => {
    const decoder = createInputDecoder();
    expect(decoder.feed(`${E}[200~first q`)).toEqual([]);
    expect(decoder.feed(' then r')).toEqual([]);
    expect(decoder.feed(`${E}[20`)).toEqual([]);
    expect(decoder.feed(`1~`)).toEqual([{ kind: 'paste', text: 'first q then r' }]);
    expect(decoder.feed('j')).toEqual([text('j')]);
  });

  it('takes what follows the end of a paste, in the same read, as more of the paste', () => {
    expect(decode(`${E}[200~x${E}[201~ry q`)).toEqual([{ kind: 'paste', text: 'xry q' }]);
  });

  it('takes a paste that never ends as a paste when the wait runs out', () => {
    const decoder = createInputDecoder();
    decoder.feed(`${E}[200~abc`);
    expect(decoder.pendingMs()).toBe(PENDING_MS.paste);
    expect(decoder.flush()).toEqual([{ kind: 'paste', text: 'abc' }]);
  });

  it('gives up on a sequence too long to be one', () => {
    const decoder = createInputDecoder();
    const events = decoder.feed(`${E}]${'x'.repeat(5000)}`);
    expect(events).toHaveLength(1);
    expect(events[0]?.kind).toBe('unknown');
    expect(decoder.pendingMs()).toBeUndefined();
  });

  it('never turns any part of an escape sequence into keys or text, however it is split', () => {
    const sequence = fc.oneof(
      fc.constantFrom(`${E}[<0;81;1M`, `${E}[M q!`, `${E}[32;81;5M`, `${E}[I`, `${E}[?1u`),
      fc.stringMatching(/^[0-9a-f/:;]{0,30}$/).map((body) => `${E}]11;${body}${E}\\`),
    );
    fc.assert(
      fc.property(fc.array(sequence, { minLength: 1, maxLength: 5 }), fc.nat(), (parts, cut) => {
        const input = parts.join('');
        const at = cut % (input.length + 1);
        const events = decode(input.slice(0, at), input.slice(at));
        expect(events.filter((event) => event.kind === 'key' || event.kind === 'text')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
