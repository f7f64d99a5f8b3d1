import { describe, expect, it } from 'vitest';
import { helpRows, KEYMAP, liveHints, resolveKey, keyLabel } from '../../source/state/keymap.js';
import { errandState, apply, NOW } from '../helpers/state.js';

describe('the key map', () => {
  const state = errandState();
  it.each([
    ['right', { type: 'pane/next' }],
    ['tab', { type: 'pane/next' }],
    ['l', { type: 'pane/next' }],
    ['left', { type: 'pane/previous' }],
    ['shift-tab', { type: 'pane/previous' }],
    ['h', { type: 'pane/previous' }],
    ['3', { type: 'pane/go', pane: 'tips' }],
    ['down', { type: 'select/move', by: 1 }],
    ['j', { type: 'select/move', by: 1 }],
    ['ctrl-n', { type: 'select/move', by: 1 }],
    ['k', { type: 'select/move', by: -1 }],
    ['ctrl-p', { type: 'select/move', by: -1 }],
    ['g', { type: 'select/first' }],
    ['end', { type: 'select/last' }],
    ['pagedown', { type: 'text/scroll', pages: 1 }],
    ['ctrl-u', { type: 'text/scroll', pages: -1 }],
    ['enter', { type: 'open' }],
    ['escape', { type: 'back' }],
    ['space', { type: 'done/toggle', now: NOW }],
    ['?', { type: 'help/toggle' }],
    ['q', { type: 'quit' }],
    ['ctrl-c', { type: 'quit' }],
  ])('maps %s', (key, action) => {
    expect(resolveKey(state, key, NOW)).toEqual(action);
  });

  it('ignores keys it does not know', () => {
    expect(resolveKey(state, 'z', NOW)).toBeUndefined();
  });

  it('lets only closing keys through while help is open', () => {
    const help = apply(state, { type: 'help/toggle' });
    expect(resolveKey(help, 'right', NOW)).toBeUndefined();
    expect(resolveKey(help, 'escape', NOW)).toEqual({ type: 'back' });
    expect(resolveKey(help, '?', NOW)).toEqual({ type: 'help/toggle' });
    expect(resolveKey(help, 'q', NOW)).toEqual({ type: 'quit' });
  });

  it('gates pane-specific keys', () => {
    const faq = apply(state, { type: 'pane/go', pane: 'faq' });
    expect(resolveKey(faq, 'space', NOW)).toBeUndefined();
    expect(liveHints(faq)).not.toContain('␣ done');
    expect(liveHints(state)).toContain('␣ done');
  });

  it('lists every key of the normal mode in the help, under a label made from the keys', () => {
    const rows = helpRows();
    const labels = rows.map((row) => row.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const binding of KEYMAP.filter((candidate) => candidate.modes.includes('normal'))) {
      const row = rows.find((candidate) => candidate.label === keyLabel(binding.keys));
      expect(row, binding.keys.join(' ')).toBeDefined();
      expect(row?.help.split('; ')).toContain(binding.help);
    }
    expect(labels).toContain('1-4');
  });

  it('makes labels from the keys, so they cannot drift from them', () => {
    expect(keyLabel(['n', 'escape', 'q'])).toBe('n Esc q');
    expect(keyLabel(['right', 'tab', 'l'])).toBe('→ Tab l');
    expect(keyLabel(['down', 'j', 'ctrl-n'])).toBe('↓ j C-n');
    expect(keyLabel(['1', '2', '3', '4'])).toBe('1-4');
  });

  it('never binds one key twice in the same mode and pane', () => {
    const seen = new Set<string>();
    for (const binding of KEYMAP) {
      for (const mode of binding.modes) {
        for (const key of binding.keys) {
          const id = `${mode}:${binding.panes?.join(',') ?? '*'}:${key}`;
          expect(seen.has(id), id).toBe(false);
          seen.add(id);
        }
      }
    }
  });
});

describe('the search box', () => {
  const searching = apply(errandState(), { type: 'search/open' });

  it('opens from any pane on the FAQ pane', () => {
    const fromTips = apply(errandState(), { type: 'pane/go', pane: 'tips' });
    expect(resolveKey(fromTips, '/', NOW)).toEqual({ type: 'search/open' });
    expect(searching).toMatchObject({ pane: 'faq', searchFocused: true });
  });

  it('takes letters, digits and spaces as text', () => {
    for (const key of ['q', 'j', '1', 'G', '?', '/']) {
      expect(resolveKey(searching, key, NOW)).toEqual({ type: 'field/type', text: key });
    }
    expect(resolveKey(searching, 'space', NOW)).toEqual({ type: 'field/type', text: ' ' });
  });

  it('keeps arrows, Enter, Esc and Backspace for moving and editing', () => {
    expect(resolveKey(searching, 'down', NOW)).toEqual({ type: 'select/move', by: 1 });
    expect(resolveKey(searching, 'enter', NOW)).toEqual({ type: 'search/submit' });
    expect(resolveKey(searching, 'escape', NOW)).toEqual({ type: 'search/clear' });
    expect(resolveKey(searching, 'backspace', NOW)).toEqual({ type: 'field/backspace' });
    expect(resolveKey(searching, 'left', NOW)).toBeUndefined();
  });

  it('never types control characters', () => {
    expect(resolveKey(searching, '\u007f\u001b', NOW)).toBeUndefined();
  });
});

describe('keys while writing a note', () => {
  const writing = apply(errandState(), { type: 'note/open' });

  it('types every letter and digit, saves on Enter and cancels on Esc', () => {
    expect(resolveKey(errandState(), 'n', NOW)).toEqual({ type: 'note/open' });
    for (const key of ['q', 'n', 'x', 'y', '1', '?', '/']) {
      expect(resolveKey(writing, key, NOW)).toEqual({ type: 'field/type', text: key });
    }
    expect(resolveKey(writing, 'space', NOW)).toEqual({ type: 'field/type', text: ' ' });
    expect(resolveKey(writing, 'enter', NOW)).toEqual({ type: 'note/save', now: NOW });
    expect(resolveKey(writing, 'escape', NOW)).toEqual({ type: 'confirm/no' });
    expect(resolveKey(writing, 'backspace', NOW)).toEqual({ type: 'field/backspace' });
    expect(resolveKey(writing, 'ctrl-c', NOW)).toEqual({ type: 'quit' });
  });

  it('shows n and x in the help', () => {
    const labels = helpRows().map((row) => row.label);
    expect(labels).toContain('n');
    expect(labels).toContain('x');
  });
});
