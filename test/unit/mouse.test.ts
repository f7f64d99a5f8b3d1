import { describe, expect, it } from 'vitest';
import { mouseAction } from '../../source/state/mouse.js';
import { createDerive } from '../../source/state/derive.js';
import { apply, errandState } from '../helpers/state.js';

const derive = createDerive();
const click = (col: number, row: number) => ({ button: 0, col, row, press: true });

describe('the mouse', () => {
  it('opens a pane by its tab', () => {
    const state = errandState();
    // "[1 Steps]" " 2 FAQ " " 3 Tips " " 4 Progress "
    expect(mouseAction(state, derive, click(3, 2))).toEqual({ type: 'pane/go', pane: 'steps' });
    expect(mouseAction(state, derive, click(12, 2))).toEqual({ type: 'pane/go', pane: 'faq' });
    expect(mouseAction(state, derive, click(20, 2))).toEqual({ type: 'pane/go', pane: 'tips' });
    expect(mouseAction(state, derive, click(28, 2))).toEqual({ type: 'pane/go', pane: 'progress' });
    expect(mouseAction(state, derive, click(60, 2))).toBeUndefined();
  });

  it('selects the item clicked, and opens it on a second click', () => {
    const state = errandState();
    // No message line: the list starts on row 3.
    const third = mouseAction(state, derive, click(5, 5));
    expect(third).toEqual({ type: 'select/move', by: 2 });
    const selected = apply(state, third!);
    expect(derive.selectedItem(selected)?.id).toBe('phone');
    expect(mouseAction(selected, derive, click(5, 5))).toEqual({ type: 'open' });
    // Below the last item, and a release, do nothing.
    expect(mouseAction(state, derive, click(5, 25))).toBeUndefined();
    expect(mouseAction(state, derive, { ...click(5, 5), press: false })).toBeUndefined();
  });

  it('moves the list or scrolls the text under the pointer with the wheel', () => {
    const state = errandState();
    expect(mouseAction(state, derive, { button: 65, col: 5, row: 6, press: true })).toEqual({
      type: 'select/move',
      by: 1,
    });
    expect(mouseAction(state, derive, { button: 64, col: 70, row: 8, press: true })).toEqual({
      type: 'text/lines',
      by: -3,
    });
    // One notch is one report; a release, where a terminal sends one, moves nothing.
    expect(
      mouseAction(state, derive, { button: 65, col: 5, row: 6, press: false }),
    ).toBeUndefined();
  });

  it('leaves an open question or the search box alone', () => {
    const asking = apply(errandState(), { type: 'reset/ask' });
    expect(mouseAction(asking, derive, click(20, 2))).toBeUndefined();
  });
});
