import { describe, expect, it } from 'vitest';
import {
  addNote,
  allNotes,
  checkNote,
  MAX_NOTE_LENGTH,
  notesOf,
  removeNote,
} from '../../source/domain/progress/notes.js';
import {
  applyChanges,
  EMPTY_PROGRESS,
  progressChanges,
  progressOf,
} from '../../source/domain/progress/progress.js';
import {
  decodeProgress,
  EMPTY_RECORD,
  encodeProgress,
} from '../../source/domain/progress/progress-file.js';

const note = (item: string, at: string, text = `note at ${at}`) => ({ item, at, text });

describe('checking a note', () => {
  it('keeps everyday facts of a call: names, references, dates, phone numbers, years', () => {
    for (const text of [
      'Spoke to Dana, reference 48213577, letter in 7-10 days',
      'Called 1-800-528-4800 on 2026-11-25 at 14:05',
      'They said by 3 Dec 2026',
      'Case 1234-5678',
    ]) {
      expect(checkNote(text)).toEqual({ ok: true, text });
    }
  });

  it('refuses a card number, a PIN, a security code or an SSN, whole', () => {
    const refused = [
      ['card 4111 1111 1111 1111', 'card number'],
      ['card 4111-1111-1111-1111 ok', 'card number'],
      ['378282246310005', 'card number'],
      ['my PIN is 4821', 'PIN'],
      ['new pin: 482193', 'PIN'],
      ['CID 1234', 'security code'],
      ['cvv 123', 'security code'],
      ['SSN 123-45-6789', 'Social Security number'],
    ] as const;
    for (const [text, secret] of refused) {
      const result = checkNote(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(secret);
    }
  });

  it('refuses an empty or over-long note, and cleans what it keeps', () => {
    expect(checkNote('   ').ok).toBe(false);
    expect(checkNote('x'.repeat(MAX_NOTE_LENGTH + 1)).ok).toBe(false);
    expect(checkNote('a\u001b[31mred\u001b[0m  note\n')).toEqual({ ok: true, text: 'ared note' });
  });
});

describe('notes in progress', () => {
  it('lists an item’s notes newest first, and deletes one by its item and time', () => {
    let progress = addNote(EMPTY_PROGRESS, note('call', '2026-11-25T10:00:00.000Z'));
    progress = addNote(progress, note('call', '2026-11-27T10:00:00.000Z'));
    progress = addNote(progress, note('ask', '2026-11-26T10:00:00.000Z'));
    expect(notesOf(progress, 'call').map((n) => n.at)).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
    ]);
    expect(allNotes(progress).map((n) => n.item)).toEqual(['call', 'ask', 'call']);
    const after = removeNote(progress, { item: 'call', at: '2026-11-25T10:00:00.000Z' });
    expect(notesOf(after, 'call')).toHaveLength(1);
  });

  it('saves as changes merged into the latest record, so notes saved meanwhile stay', () => {
    const first = note('call', '2026-11-25T10:00:00.000Z');
    const mine = note('call', '2026-11-26T10:00:00.000Z');
    const theirs = note('constructor', '2026-11-26T11:00:00.000Z');
    const start = { done: new Map(), notes: [first] };
    const changes = progressChanges(start, addNote(removeNote(start, first), mine));
    expect(changes.map((change) => change.type).sort()).toEqual(['note', 'unnote']);
    const latest = { ...EMPTY_RECORD, notes: [first, theirs] };
    const saved = applyChanges(latest, changes, '2026-11-26T12:00:00.000Z');
    expect(progressOf(saved).notes).toEqual([theirs, mine]);
  });

  it('survives the file: encoded, decoded, with any id', () => {
    const notes = [note('constructor', '2026-11-25T10:00:00.000Z', 'Spoke to Sam')];
    const file = {
      formatVersion: 2,
      guides: new Map([['constructor', { done: new Map(), notes }]]),
    };
    const decoded = decodeProgress(JSON.parse(JSON.stringify(encodeProgress(file))), 'now');
    expect(decoded.ok && decoded.file.guides.get('constructor')?.notes).toEqual(notes);
  });

  it('drops a note from the file that is malformed or holds a secret, keeping the rest', () => {
    const good = note('call', '2026-11-25T10:00:00.000Z', 'Spoke to Sam');
    const decoded = decodeProgress(
      {
        formatVersion: 2,
        guides: {
          g: {
            done: {},
            notes: [
              good,
              { item: 'call', at: 'yesterday', text: 'x' },
              { item: 'not an id!', at: good.at, text: 'x' },
              { item: 'call', at: good.at, text: 42 },
              { item: 'call', at: good.at, text: 'my card 4111 1111 1111 1111' },
              { item: 'call', at: good.at, text: '\u001b]0;title\u0007Reference 12' },
              { item: 'call', at: '+275760-09-13T00:00:00.000Z', text: 'far future' },
            ],
          },
        },
      },
      'now',
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.file.guides.get('g')?.notes).toEqual([
      good,
      { item: 'call', at: good.at, text: 'Reference 12' },
    ]);
    expect(decoded.dropped).toHaveLength(5);
  });
});
