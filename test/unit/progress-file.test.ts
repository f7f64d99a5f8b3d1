import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, migrate } from '../../source/domain/progress-file.js';

const NOW = '2026-11-26T10:00:00.000Z';

describe('migrating stored progress', () => {
  it('reads the current format as it is', () => {
    const file = { formatVersion: 2, guides: { g: { done: { a: NOW }, route: 'mail' } } };
    expect(migrate(file, NOW)).toEqual({ ok: true, file, migrated: false });
  });

  it('reads a guide that has a route but no marks yet', () => {
    const result = migrate({ formatVersion: 2, guides: { g: { route: 'mail' } } }, NOW);
    expect(result).toEqual({
      ok: true,
      migrated: false,
      file: { formatVersion: 2, guides: { g: { route: 'mail', done: {} } } },
    });
  });

  it('treats an empty object as a new file', () => {
    expect(migrate({}, NOW)).toEqual({
      ok: true,
      file: { formatVersion: FORMAT_VERSION, guides: {} },
      migrated: false,
    });
  });

  it('carries version 1 lists of done ids over, with the migration time', () => {
    const old = { formatVersion: 1, guides: { g: { done: ['a', 'b'], route: 'phone' } } };
    expect(migrate(old, NOW)).toEqual({
      ok: true,
      migrated: true,
      file: { formatVersion: 2, guides: { g: { done: { a: NOW, b: NOW }, route: 'phone' } } },
    });
  });

  it.each([
    ['an array', []],
    ['a string', 'hello'],
    ['null', null],
    ['wrong shape', { formatVersion: 2, guides: { g: { done: ['a'] } } }],
    ['a bad date', { formatVersion: 2, guides: { g: { done: { a: 'yesterday' } } } }],
    ['bad version 1', { formatVersion: 1, guides: { g: { done: 'a' } } }],
  ])('refuses %s', (_name, data) => {
    expect(migrate(data, NOW).ok).toBe(false);
  });

  it('refuses a file from a newer version, saying so', () => {
    const result = migrate({ formatVersion: 9, guides: {} }, NOW);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/newer stepwise/) });
  });
});
