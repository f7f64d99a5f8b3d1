import { describe, expect, it } from 'vitest';
import {
  decodeProgress,
  encodeProgress,
  FORMAT_VERSION,
  type ProgressFile,
} from '../../source/domain/progress/progress-file.js';
import { OBJECT_MEMBER_NAMES } from '../helpers/member-names.js';

const NOW = '2026-11-26T10:00:00.000Z';

function decoded(data: unknown) {
  const result = decodeProgress(data, NOW);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('reading stored progress', () => {
  it('reads the current format and writes it back the same', () => {
    const json = { formatVersion: 2, guides: { g: { done: { a: NOW }, route: 'mail' } } };
    const result = decoded(json);
    expect(result.migrated).toBe(false);
    expect(result.dropped).toEqual([]);
    expect(result.file.guides.get('g')?.done.get('a')).toBe(NOW);
    expect(encodeProgress(result.file)).toEqual(json);
  });

  it('reads a guide that has a route but no marks yet', () => {
    const record = decoded({ formatVersion: 2, guides: { g: { route: 'mail' } } }).file.guides.get(
      'g',
    );
    expect(record?.route).toBe('mail');
    expect(record?.done.size).toBe(0);
  });

  it('treats an empty object as a new file', () => {
    const result = decoded({});
    expect(result.file.guides.size).toBe(0);
    expect(result.migrated).toBe(false);
  });

  it('carries version 1 lists of done ids over, with the migration time', () => {
    const old = { formatVersion: 1, guides: { g: { done: ['a', 'b'], route: 'phone' } } };
    const result = decoded(old);
    expect(result.migrated).toBe(true);
    expect(encodeProgress(result.file)).toEqual({
      formatVersion: FORMAT_VERSION,
      guides: { g: { done: { a: NOW, b: NOW }, route: 'phone' } },
    });
  });

  it.each([
    ['an array', []],
    ['a string', 'hello'],
    ['null', null],
    ['no guides', { formatVersion: 2 }],
    ['an unknown version', { formatVersion: 'two', guides: {} }],
  ])('refuses %s', (_name, data) => {
    expect(decodeProgress(data, NOW).ok).toBe(false);
  });

  it('refuses a file from a newer version, saying so, as newer rather than damaged', () => {
    const result = decodeProgress({ formatVersion: 9, guides: {} }, NOW);
    expect(result).toEqual({ ok: false, newer: true, reason: expect.stringMatching(/newer/) });
  });

  it.each([
    ['a bad date', { g: { done: { a: 'yesterday', b: NOW } } }, 'b'],
    ['an id that is not a slug', { g: { done: { 'A B': NOW, b: NOW } } }, 'b'],
    ['a number for a time', { g: { done: { a: 5, b: NOW } } }, 'b'],
  ])('drops only the entry with %s', (_name, guides, kept) => {
    const result = decoded({ formatVersion: 2, guides });
    expect(result.dropped).toHaveLength(1);
    expect([...(result.file.guides.get('g')?.done.keys() ?? [])]).toEqual([kept]);
  });

  it('drops a record of the wrong shape but keeps the other guides', () => {
    const result = decoded({
      formatVersion: 2,
      guides: { g: { done: ['a'] }, h: { done: { a: NOW } }, i: 'nonsense' },
    });
    expect(result.dropped).toHaveLength(2);
    expect(result.file.guides.get('h')?.done.get('a')).toBe(NOW);
  });

  it('drops a bad place or a bad route alone', () => {
    const result = decoded({
      formatVersion: 2,
      guides: { g: { done: { a: NOW }, place: { pane: 'nowhere' }, route: 'Not A Slug' } },
    });
    const record = result.file.guides.get('g');
    expect(record?.place).toBeUndefined();
    expect(record?.route).toBeUndefined();
    expect(record?.done.get('a')).toBe(NOW);
    expect(result.dropped).toHaveLength(2);
  });
});

describe('ids that are names of object members', () => {
  it.each(OBJECT_MEMBER_NAMES)('"%s" works as a guide id and an item id', (name) => {
    const json = JSON.parse(
      `{"formatVersion":2,"guides":{"${name}":{"done":{"${name}":"${NOW}"},"route":"${name}"}}}`,
    ) as unknown;
    const result = decoded(json);
    expect(result.dropped).toEqual([]);
    const record = result.file.guides.get(name);
    expect(record?.done.get(name)).toBe(NOW);
    expect(record?.route).toBe(name);
    // Nothing that was not stored is found.
    const empty: ProgressFile = decoded({ formatVersion: 2, guides: {} }).file;
    expect(empty.guides.get(name)).toBeUndefined();
    const text = JSON.stringify(encodeProgress(result.file));
    expect(JSON.parse(text)).toEqual(json);
  });
});

describe('days that do not exist', () => {
  it('drops a mark on 30 February instead of reading it as 2 March', () => {
    const result = decodeProgress(
      {
        formatVersion: 2,
        guides: {
          g: {
            done: {
              a: '2026-02-30T10:00:00.000Z',
              b: '2026-02-28T10:00:00.000Z',
              c: '2028-02-29T10:00:00+02:00',
            },
          },
        },
      },
      '2026-12-06T00:00:00.000Z',
    );
    expect(result.ok && [...(result.file.guides.get('g')?.done.keys() ?? [])]).toEqual(['b', 'c']);
    expect(result.ok && result.dropped).toEqual(['the mark of "a" in "g"']);
  });
});
