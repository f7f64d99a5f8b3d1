import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyName, keyNames } from '../../source/ui/key-name.js';

const key = (overrides: Partial<Key> = {}): Key =>
  ({
    upArrow: false,
    downArrow: false,
    leftArrow: false,
    rightArrow: false,
    pageDown: false,
    pageUp: false,
    home: false,
    end: false,
    return: false,
    escape: false,
    ctrl: false,
    shift: false,
    tab: false,
    backspace: false,
    delete: false,
    meta: false,
    ...overrides,
  }) as Key;

describe('key names', () => {
  it('names special keys', () => {
    expect(keyName('', key({ upArrow: true }))).toBe('up');
    expect(keyName('', key({ tab: true, shift: true }))).toBe('shift-tab');
    expect(keyName('n', key({ ctrl: true }))).toBe('ctrl-n');
    expect(keyName(' ', key())).toBe('space');
    expect(keyName('', key({ escape: true, meta: true }))).toBe('escape');
  });

  it('treats Ink 6 Backspace (reported as delete) as backspace', () => {
    expect(keyName('', key({ delete: true }))).toBe('backspace');
  });

  it('splits a chunk of typed keys outside the search box, not inside it', () => {
    expect(keyNames('?3', key(), false)).toEqual(['?', '3']);
    expect(keyNames('?3', key(), true)).toEqual(['?3']);
  });

  it('splits a held Backspace into one key per character', () => {
    expect(keyNames('\u007f\u007f\u007f', key(), true)).toEqual([
      'backspace',
      'backspace',
      'backspace',
    ]);
  });
});

describe('chunks with Enter, Tab or Backspace inside', () => {
  it('keeps those as keys, outside and inside the search box', () => {
    expect(keyNames('jj\r', key(), false)).toEqual(['j', 'j', 'enter']);
    expect(keyNames('lost pin\r', key(), true)).toEqual(['lost pin', 'enter']);
    expect(keyNames('ab\u007fc', key(), true)).toEqual(['ab', 'backspace', 'c']);
  });
});
