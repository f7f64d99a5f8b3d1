import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withFileLock } from '../../source/adapters/file-lock.js';
import { loadSaving, ProgressStore } from '../../source/adapters/progress-store.js';
import type { GuideRecord } from '../../source/domain/progress/progress-file.js';
import { applyChanges, visited, withPlace } from '../../source/domain/progress/progress.js';
import { OBJECT_MEMBER_NAMES } from '../helpers/member-names.js';

// The app loads the code that saves after its first frame; commands before they change anything.
beforeAll(loadSaving);

const NOW = new Date('2026-11-26T10:00:00.000Z');
const AT = NOW.toISOString();
const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-store-'));
const fileIn = (dir: string) => join(dir, 'progress.json');
const stored = (dir: string) => JSON.parse(readFileSync(fileIn(dir), 'utf8'));
const asideIn = (dir: string) => readdirSync(dir).filter((name) => name.includes('.corrupt-'));
const mark =
  (item: string, at = AT) =>
  (record: GuideRecord) =>
    applyChanges(record, [{ type: 'done', item, at }], at);

describe('the progress file', () => {
  it('saves each mark at once, in a file only the user can read', () => {
    const dir = fresh();
    const store = ProgressStore.open(dir, NOW);
    expect(store.update('errand', mark('mail.request'))).toEqual({ saved: true });
    expect(stored(dir).guides['errand'].done).toEqual({ 'mail.request': AT });
    expect(statSync(fileIn(dir)).mode & 0o777).toBe(0o600);
    expect(store.notice).toBeUndefined();
  });

  it('keeps both marks when two copies of stepwise change different items', () => {
    const dir = fresh();
    const first = ProgressStore.open(dir, NOW);
    const second = ProgressStore.open(dir, NOW);
    const [one, two, three] = [
      '2026-11-26T10:01:00Z',
      '2026-11-26T10:02:00Z',
      '2026-11-26T10:03:00Z',
    ] as const;
    first.update('errand', mark('options', one));
    second.update('errand', mark('mail.request', two));
    first.update('errand', (record) =>
      applyChanges(record, [{ type: 'route', route: 'mail' }], three),
    );
    expect(stored(dir).guides['errand'].done).toEqual({ options: one, 'mail.request': two });
    const reopened = ProgressStore.open(dir, NOW);
    expect(reopened.notice).toBeUndefined();
    expect(reopened.read('errand').route).toBe('mail');
  });

  it('remembers the place, visits and resets one guide only', () => {
    const dir = fresh();
    const store = ProgressStore.open(dir, NOW);
    const [first, second] = ['2026-11-20T10:00:00.000Z', '2026-11-21T10:00:00.000Z'];
    store.update('errand', (record) => visited(record, first));
    store.update('errand', (record) => visited(record, second));
    store.update('other', (record) => visited(record, first));
    const place = { pane: 'faq' as const, selected: { faq: 'faq.lost' }, scroll: 3 };
    store.update('errand', (record) => withPlace(record, place));
    expect(store.read('errand')).toMatchObject({ firstUsed: first, lastUsed: second, place });
    store.update('errand', () => undefined);
    expect(stored(dir).guides).toEqual({
      other: { done: {}, firstUsed: first, lastUsed: first },
    });
  });

  it('reads a version 1 file, and writes it in the current format with the next change', () => {
    const dir = fresh();
    writeFileSync(
      fileIn(dir),
      JSON.stringify({ formatVersion: 1, guides: { g: { done: ['a'] } } }),
    );
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toBeUndefined();
    expect(store.read('g').done.get('a')).toBe(AT);
    store.update('h', mark('b'));
    expect(stored(dir)).toEqual({
      formatVersion: 2,
      guides: { g: { done: { a: AT } }, h: { done: { b: AT }, updatedAt: AT } },
    });
  });

  it('writes nothing until the first change', () => {
    const dir = fresh();
    ProgressStore.open(dir, NOW).read('g');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const dir = fresh();
    writeFileSync(
      fileIn(dir),
      `\uFEFF${JSON.stringify({ formatVersion: 2, guides: { g: { done: { a: AT } } } })}`,
    );
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toBeUndefined();
    expect(store.read('g').done.get('a')).toBe(AT);
    expect(asideIn(dir)).toEqual([]);
  });

  it('drops one bad entry with a notice, and keeps the rest of the file', () => {
    const dir = fresh();
    writeFileSync(
      fileIn(dir),
      JSON.stringify({ formatVersion: 2, guides: { g: { done: { a: 'yesterday', b: AT } } } }),
    );
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/1 unreadable entry.*the rest kept/);
    expect(asideIn(dir)).toEqual([]);
    store.update('g', mark('c'));
    expect(stored(dir).guides.g.done).toEqual({ b: AT, c: AT });
  });

  it('leaves a file of a newer version untouched and saves nothing, saying so', () => {
    const dir = fresh();
    const newer = JSON.stringify({ formatVersion: 7, guides: { g: { anything: true } } });
    writeFileSync(fileIn(dir), newer);
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/newer stepwise.*nothing will be saved/);
    expect(store.canSave).toBe(false);
    const result = store.update('g', mark('a'));
    expect(result.saved).toBe(false);
    expect(store.read('g').done.get('a')).toBe(AT);
    expect(readFileSync(fileIn(dir), 'utf8')).toBe(newer);
    expect(asideIn(dir)).toEqual([]);
  });

  it('removes half-written files left by a killed writer', () => {
    const dir = fresh();
    ProgressStore.open(dir, NOW).update('g', mark('a'));
    writeFileSync(join(dir, 'progress.json.tmp-1764151200abcdef'), '{"formatVer');
    ProgressStore.open(dir, NOW).update('g', mark('b'));
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('does not write while another copy holds the lock, and says the file is busy', () => {
    const dir = fresh();
    const store = ProgressStore.open(dir, NOW, { lockWaitMs: 50 });
    store.update('g', mark('first'));
    const result = withFileLock(fileIn(dir), () => store.update('g', mark('a')), 0);
    expect(result).toEqual({ saved: false, reason: expect.stringMatching(/busy/) });
    expect(store.read('g').done.get('a')).toBeUndefined();
    // Not a lasting failure: the next change is saved.
    expect(store.update('g', mark('b'))).toEqual({ saved: true });
  });

  it.each(OBJECT_MEMBER_NAMES)('works end to end with "%s" as guide id and item id', (name) => {
    const dir = fresh();
    const store = ProgressStore.open(dir, NOW);
    expect(store.read(name).done.size).toBe(0);
    expect(store.update(name, mark(name))).toEqual({ saved: true });
    const reopened = ProgressStore.open(dir, NOW);
    expect(reopened.notice).toBeUndefined();
    expect(reopened.read(name).done.get(name)).toBe(AT);
    expect([...reopened.guides().keys()]).toEqual([name]);
  });
});

describe('a damaged progress file', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty', '', /is empty/],
    ['truncated JSON', '{"formatVersion": 2, "guides": {"amex-pin": {"do', /not valid JSON/],
    ['valid JSON of the wrong shape', '{"formatVersion": 2, "guides": []}', /no "guides" object/],
    ['random bytes', Buffer.from([0xff, 0x00, 0x13, 0x37, 0x80, 0x7f]), /not valid JSON/],
  ];

  it.each(cases)(
    '%s: moved aside, a notice, and a fresh start that saves',
    (_name, content, reason) => {
      const dir = fresh();
      writeFileSync(fileIn(dir), content);
      const store = ProgressStore.open(dir, NOW);
      expect(store.notice).toMatch(reason);
      expect(store.notice).toContain('progress.json.corrupt-20261126T100000Z');
      expect(asideIn(dir)).toEqual(['progress.json.corrupt-20261126T100000Z']);
      expect(readFileSync(join(dir, asideIn(dir)[0] ?? ''))).toEqual(Buffer.from(content));
      store.update('errand', mark('options'));
      expect(stored(dir).guides['errand'].done).toEqual({ options: AT });
    },
  );

  it('a folder in place of the file: moved aside too', () => {
    const dir = fresh();
    mkdirSync(fileIn(dir));
    writeFileSync(join(fileIn(dir), 'keep.txt'), 'x');
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/is a folder/);
    expect(readFileSync(join(dir, asideIn(dir)[0] ?? '', 'keep.txt'), 'utf8')).toBe('x');
    store.update('errand', mark('options'));
    expect(stored(dir).guides['errand'].done).toEqual({ options: AT });
  });

  it('a folder that cannot be created: runs on, saying progress will not be saved', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const store = ProgressStore.open(join(dir, 'not-a-folder', 'config'), NOW);
    expect(store.notice).toMatch(/progress will not be saved/);
    expect(store.update('errand', mark('options')).saved).toBe(false);
    expect(store.read('errand').done.get('options')).toBe(AT);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: runs on without saving', () => {
    const dir = fresh();
    chmodSync(dir, 0o555);
    const store = ProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/progress will not be saved/);
    chmodSync(dir, 0o755);
  });
});

describe('before the code that saves is loaded', () => {
  it('a change is kept in memory and said to be unsaved, and saving works once it is loaded', async () => {
    vi.resetModules();
    const early = await import('../../source/adapters/progress-store.js');
    const dir = fresh();
    const store = early.ProgressStore.open(dir);
    const visit = (record: GuideRecord) => visited(record, '2026-11-28T10:00:00.000Z');
    expect(store.update('mini', visit)).toEqual({
      saved: false,
      reason: 'could not save yet: starting up',
    });
    expect(store.read('mini').firstUsed).toBe('2026-11-28T10:00:00.000Z');
    await early.loadSaving();
    expect(store.update('mini', visit)).toEqual({ saved: true });
    expect(early.ProgressStore.open(dir).read('mini').firstUsed).toBe('2026-11-28T10:00:00.000Z');
  });
});

describe('never a write that cannot be read back', () => {
  it('refuses a mark with a time the reader would drop (a clock before 1970), and keeps the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-readback-'));
    const store = ProgressStore.open(dir, NOW);
    expect(store.update('errand', mark('options'))).toEqual({ saved: true });
    const before = readFileSync(join(dir, 'progress.json'), 'utf8');
    const wrong = (record: GuideRecord) =>
      applyChanges(
        record,
        [{ type: 'done', item: 'mail.request', at: '1969-12-31T23:59:59.000Z' }],
        AT,
      );
    const result = store.update('errand', wrong);
    expect(result.saved).toBe(false);
    expect(result.saved === false && result.reason).toMatch(/clock/);
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(before);
    // The store goes on: the next good change is saved.
    expect(store.update('errand', mark('online'))).toEqual({ saved: true });
  });

  it('keeps two notes on one item written in the same millisecond', () => {
    const notes = [
      { item: 'options', at: AT, text: 'first' },
      { item: 'options', at: AT, text: 'second' },
    ];
    const record = applyChanges(
      { done: new Map() } as GuideRecord,
      notes.map((note) => ({ type: 'note' as const, note })),
      AT,
    );
    expect(record.notes?.map((note) => note.text)).toEqual(['first', 'second']);
    expect(new Set(record.notes?.map((note) => note.at)).size).toBe(2);
  });
});
