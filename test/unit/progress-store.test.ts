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
import { describe, expect, it } from 'vitest';
import { FileProgressStore } from '../../source/adapters/progress-store.js';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-store-'));
const fileIn = (dir: string) => join(dir, 'progress.json');
const stored = (dir: string) => JSON.parse(readFileSync(fileIn(dir), 'utf8'));
const asideIn = (dir: string) => readdirSync(dir).filter((name) => name.includes('.corrupt-'));

describe('the progress file', () => {
  it('saves each mark at once, in a file only the user can read', () => {
    const dir = fresh();
    const store = FileProgressStore.open(dir, NOW);
    store.markDone('amex-pin', 'mail.request', NOW.toISOString());
    expect(stored(dir).guides['amex-pin'].done).toEqual({ 'mail.request': NOW.toISOString() });
    expect(statSync(fileIn(dir)).mode & 0o777).toBe(0o600);
    expect(store.notice).toBeUndefined();
  });

  it('keeps both marks when two copies of stepwise change different items', () => {
    const dir = fresh();
    const first = FileProgressStore.open(dir, NOW);
    const second = FileProgressStore.open(dir, NOW);
    const [one, two, three] = [
      '2026-11-26T10:01:00Z',
      '2026-11-26T10:02:00Z',
      '2026-11-26T10:03:00Z',
    ];
    first.markDone('amex-pin', 'options', one);
    second.markDone('amex-pin', 'mail.request', two);
    first.setRoute('amex-pin', 'mail', three);
    expect(stored(dir).guides['amex-pin'].done).toEqual({ options: one, 'mail.request': two });
    const reopened = FileProgressStore.open(dir, NOW);
    expect(reopened.notice).toBeUndefined();
    expect(reopened.read('amex-pin').route).toBe('mail');
  });

  it('remembers the place, visits and resets one guide only', () => {
    const dir = fresh();
    const store = FileProgressStore.open(dir, NOW);
    store.touch('amex-pin', 'first');
    store.touch('amex-pin', 'second');
    store.touch('other', 'x');
    store.setPlace('amex-pin', { pane: 'faq', selected: { faq: 'faq.lost' }, scroll: 3 });
    expect(store.read('amex-pin')).toMatchObject({
      firstUsed: 'first',
      lastUsed: 'second',
      place: { pane: 'faq', selected: { faq: 'faq.lost' }, scroll: 3 },
    });
    store.reset('amex-pin');
    expect(stored(dir).guides).toEqual({ other: { firstUsed: 'x', lastUsed: 'x' } });
  });

  it('upgrades a version 1 file in place', () => {
    const dir = fresh();
    writeFileSync(
      fileIn(dir),
      JSON.stringify({ formatVersion: 1, guides: { g: { done: ['a'] } } }),
    );
    const store = FileProgressStore.open(dir, NOW);
    expect(store.notice).toBeUndefined();
    expect(stored(dir)).toEqual({
      formatVersion: 2,
      guides: { g: { done: { a: NOW.toISOString() } } },
    });
  });
});

describe('a damaged progress file', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty', '', /is empty/],
    ['truncated JSON', '{"formatVersion": 2, "guides": {"amex-pin": {"do', /not valid JSON/],
    ['valid JSON of the wrong shape', '{"formatVersion": 2, "guides": []}', /wrong shape/],
    ['random bytes', Buffer.from([0xff, 0x00, 0x13, 0x37, 0x80, 0x7f]), /not valid JSON/],
  ];

  it.each(cases)(
    '%s: moved aside, a notice, and a fresh start that saves',
    (_name, content, reason) => {
      const dir = fresh();
      writeFileSync(fileIn(dir), content);
      const store = FileProgressStore.open(dir, NOW);
      expect(store.notice).toMatch(reason);
      expect(store.notice).toContain('progress.json.corrupt-20261126T100000Z');
      expect(asideIn(dir)).toEqual(['progress.json.corrupt-20261126T100000Z']);
      expect(readFileSync(join(dir, asideIn(dir)[0] ?? ''))).toEqual(Buffer.from(content));
      store.markDone('amex-pin', 'options', 'now');
      expect(stored(dir).guides['amex-pin'].done).toEqual({ options: 'now' });
    },
  );

  it('a folder in place of the file: moved aside too', () => {
    const dir = fresh();
    mkdirSync(fileIn(dir));
    writeFileSync(join(fileIn(dir), 'keep.txt'), 'x');
    const store = FileProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/is a folder/);
    expect(readFileSync(join(dir, asideIn(dir)[0] ?? '', 'keep.txt'), 'utf8')).toBe('x');
    store.markDone('amex-pin', 'options', 'now');
    expect(stored(dir).guides['amex-pin'].done).toEqual({ options: 'now' });
  });

  it('a folder that cannot be created: runs on, saying progress will not be saved', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const store = FileProgressStore.open(join(dir, 'not-a-folder', 'config'), NOW);
    expect(store.notice).toMatch(/progress will not be saved/);
    store.markDone('amex-pin', 'options', 'now');
    expect(store.read('amex-pin').done).toEqual({ options: 'now' });
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: runs on without saving', () => {
    const dir = fresh();
    chmodSync(dir, 0o555);
    const store = FileProgressStore.open(dir, NOW);
    expect(store.notice).toMatch(/progress will not be saved/);
    chmodSync(dir, 0o755);
  });
});
