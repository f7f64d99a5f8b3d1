import { describe, expect, it } from 'vitest';
import { createDerive } from '../../source/state/derive.js';
import { helpRows } from '../../source/state/keymap.js';
import { rememberLast } from '../../source/state/memo.js';
import { errandState, apply } from '../helpers/state.js';

describe('remembering the last call', () => {
  it('computes again only when an argument changes', () => {
    let runs = 0;
    const double = rememberLast((value: number, _tag: object) => {
      runs += 1;
      return value * 2;
    });
    const tag = {};
    expect(double(2, tag)).toBe(4);
    expect(double(2, tag)).toBe(4);
    expect(runs).toBe(1);
    expect(double(2, {})).toBe(4);
    expect(double(3, tag)).toBe(6);
    expect(runs).toBe(3);
  });
});

describe('derived data', () => {
  it('is worked out once per change, whoever asks', () => {
    const derive = createDerive();
    const state = apply(
      errandState(),
      { type: 'search/open' },
      { type: 'field/type', text: 'card' },
    );
    const results = derive.listItems(state);
    expect(results.length).toBeGreaterThan(0);
    expect(derive.listItems(state)).toBe(results);
    expect(derive.detailLines(state)).toBe(derive.detailLines(state));
    // A change that does not touch the list keeps it.
    expect(derive.listItems({ ...state, banner: 'hello' })).toBe(results);
    expect(derive.listItems({ ...state, query: 'travel' })).not.toBe(results);
  });

  it('belongs to one store: two stores share nothing', () => {
    const one = createDerive();
    const two = createDerive();
    const state = errandState();
    expect(one.listItems(state)).not.toBe(two.listItems(state));
    expect(one.listItems(state)).toEqual(two.listItems(state));
  });
});

describe('the help', () => {
  it('shows every key at 40x12, by scrolling, and says when there is more', () => {
    const derive = createDerive();
    let state = apply(errandState({ size: { cols: 40, rows: 12 } }), { type: 'help/toggle' });
    const seen = new Set<string>();
    let view = derive.help(state);
    expect(view.more).toEqual({ above: false, below: true });
    for (let step = 0; step < 80; step += 1) {
      for (const entry of view.columns.flat()) if (entry.label !== '') seen.add(entry.label);
      state = apply(state, { type: 'help/scroll', by: 1 });
      view = derive.help(state);
    }
    expect(view.more.below).toBe(false);
    expect([...seen].sort()).toEqual(
      helpRows(state)
        .map((row) => row.label)
        .sort(),
    );
  });

  it('fits in one or two columns when there is room', () => {
    const derive = createDerive();
    const wide = apply(errandState({ size: { cols: 100, rows: 30 } }), { type: 'help/toggle' });
    expect(derive.help(wide)).toMatchObject({ maxScroll: 0, more: { below: false } });
  });

  it('wraps the help of each key and the disclaimer instead of cutting them, at 80x24 and 60x20', () => {
    const derive = createDerive();
    for (const size of [
      { cols: 80, rows: 24 },
      { cols: 60, rows: 20 },
    ]) {
      let state = apply(errandState({ size }), { type: 'help/toggle' });
      let view = derive.help(state);
      const words = new Set<string>();
      for (let step = 0; step < 80; step += 1) {
        const columnWidth = Math.floor(view.width / view.columns.length);
        for (const line of view.columns.flat()) {
          const key = line.plain ? '' : line.label.padEnd(view.labelWidth);
          expect(key.length + line.help.length).toBeLessThanOrEqual(columnWidth);
          for (const word of line.help.split(' ')) words.add(word);
        }
        for (const line of view.disclaimer) {
          expect(line.length).toBeLessThanOrEqual(size.cols);
          for (const word of line.split(' ')) words.add(word);
        }
        state = apply(state, { type: 'help/scroll', by: 1 });
        view = derive.help(state);
      }
      // Every word of every key's help is somewhere on screen.
      for (const row of helpRows(state)) {
        for (const word of row.help.split(' ')) expect(words).toContain(word);
      }
      // The disclaimer is there whole, under the keys or scrolled to after them.
      for (const word of (state.guide.disclaimer ?? '').split(' ')) expect(words).toContain(word);
    }
  });
});
