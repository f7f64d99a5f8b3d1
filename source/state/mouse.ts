import type { MouseReport } from '../domain/terminal/decode-input.js';
import type { Action } from './actions.js';
import type { Derive } from './derive.js';
import { listWindow } from './screen.js';
import { PANES, tabLabels, type Pane, type UiState } from './ui-state.js';

const WHEEL_UP = 64;
const WHEEL_DOWN = 65;
/** Lines the text moves for one notch of the wheel. */
const WHEEL_LINES = 3;

/** Which pane's tab is at a column of the tab bar: each is its label with a space or bracket each side. */
function tabAt(col: number, active: Pane, cols: number) {
  const labels = tabLabels(active, cols);
  let left = 1;
  for (const [index, pane] of PANES.entries()) {
    const width = (labels[index] ?? '').length + 2;
    if (col >= left && col < left + width) return pane;
    left += width;
  }
  return undefined;
}

/**
 * What a click or a turn of the wheel means where it happened, from the same geometry the view
 * draws with: a tab opens its pane, an item is selected (a second click opens it), and the wheel
 * moves the list or scrolls the text under the pointer.
 */
export function mouseAction(
  state: UiState,
  derive: Derive,
  event: MouseReport,
): Action | undefined {
  if (state.overlay !== undefined || state.searchFocused) return undefined;
  // Terminals send a wheel notch as a press; a release of one, if any, is not another notch.
  const notch = event.press ? event.button : -1;
  const wheel = notch === WHEEL_UP ? -1 : notch === WHEEL_DOWN ? 1 : 0;
  const click = event.press && (event.button & 3) === 0 && event.button < 32;
  if (!wheel && !click) return undefined;
  const frame = derive.frame(state);
  if (frame.tooSmall) return undefined;
  if (event.row === 2) {
    const pane = click ? tabAt(event.col, state.pane, state.size.cols) : undefined;
    return pane && { type: 'pane/go', pane };
  }
  const listTop = frame.bodyTop;
  const listRow = event.row - listTop;
  const inList =
    listRow >= 0 && listRow < frame.listRows && (!frame.wide || event.col <= frame.listWidth);
  const textTop = frame.wide ? listTop : listTop + frame.listRows + 1;
  const inText =
    event.row >= textTop &&
    event.row < textTop + frame.textRows &&
    (!frame.wide || event.col > frame.listWidth + 1);
  if (wheel) {
    if (inList) return { type: 'select/move', by: wheel };
    if (inText) return { type: 'text/lines', by: wheel * WHEEL_LINES };
    return undefined;
  }
  if (!inList) return undefined;
  const items = derive.listItems(state);
  const selected = derive.selectedIndex(state);
  const { start, end } = listWindow(items.length, selected, frame.listRows);
  const index = start + listRow;
  if (index >= end) return undefined;
  // A second click on the selected item opens it, as Enter does.
  if (index === selected)
    return state.pane === 'steps' || state.pane === 'progress' ? { type: 'open' } : undefined;
  return { type: 'select/move', by: index - selected };
}
