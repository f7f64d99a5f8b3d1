import { describe, expect, it } from 'vitest';
import { helpRows, KEYMAP, liveHints, resolveKey } from '../../source/state/keymap.js';
import { amexState, apply, NOW } from '../helpers/state.js';

describe('the key map', () => {
  const state = amexState();
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

  it('gives every binding help text, and the overlay lists each one', () => {
    for (const binding of KEYMAP) expect(binding.help.length).toBeGreaterThan(2);
    const labels = helpRows().map((row) => row.label);
    expect(labels).toContain('?');
    expect(labels).toContain('1-4');
    expect(new Set(labels).size).toBe(labels.length);
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
  const searching = apply(amexState(), { type: 'search/open' });

  it('opens from any pane on the FAQ pane', () => {
    const fromTips = apply(amexState(), { type: 'pane/go', pane: 'tips' });
    expect(resolveKey(fromTips, '/', NOW)).toEqual({ type: 'search/open' });
    expect(searching).toMatchObject({ pane: 'faq', searchFocused: true });
  });

  it('takes letters, digits and spaces as text', () => {
    for (const key of ['q', 'j', '1', 'G', '?', '/']) {
      expect(resolveKey(searching, key, NOW)).toEqual({ type: 'search/type', text: key });
    }
    expect(resolveKey(searching, 'space', NOW)).toEqual({ type: 'search/type', text: ' ' });
  });

  it('keeps arrows, Enter, Esc and Backspace for moving and editing', () => {
    expect(resolveKey(searching, 'down', NOW)).toEqual({ type: 'select/move', by: 1 });
    expect(resolveKey(searching, 'enter', NOW)).toEqual({ type: 'search/submit' });
    expect(resolveKey(searching, 'escape', NOW)).toEqual({ type: 'search/clear' });
    expect(resolveKey(searching, 'backspace', NOW)).toEqual({ type: 'search/backspace' });
    expect(resolveKey(searching, 'left', NOW)).toBeUndefined();
  });

  it('never types control characters', () => {
    expect(resolveKey(searching, '\u007f\u001b', NOW)).toBeUndefined();
  });
});
