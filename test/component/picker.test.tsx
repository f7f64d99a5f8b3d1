import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { PickerEntry } from '../../source/state/app-state.js';
import { createStore } from '../../source/state/store.js';
import type { Effect } from '../../source/state/effects.js';
import { Root } from '../../source/ui/Root.js';
import { fakeKeyboard } from '../helpers/keyboard.js';

const tick = () => new Promise((done) => setTimeout(done, 30));
const entries: PickerEntry[] = [
  { id: 'a', title: 'First guide', summary: 'About the first', status: '4/13 done' },
  { id: 'b', title: 'Second guide', status: 'not started' },
];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function picker() {
  const store = createStore({
    size: { cols: 80, rows: 20 },
    library: { entries, selected: 0 },
  });
  const effects: Effect[] = [];
  store.runEffects((asked) => effects.push(...asked));
  const keyboard = fakeKeyboard();
  const view = render(
    <Root
      store={store}
      theme={{ color: false, hyperlinks: false }}
      subscribeInput={keyboard.subscribe}
    />,
  );
  cleanup = view.unmount;
  return { store, view, keyboard, effects };
}

describe('<GuidePicker>', () => {
  it('lists each guide with its summary and progress', () => {
    const frame = picker().view.lastFrame() ?? '';
    expect(frame).toContain('choose a guide (2)');
    expect(frame).toMatch(/› First guide\s+4\/13 done/);
    expect(frame).toContain('About the first');
    expect(frame).toMatch(/Second guide\s+not started/);
    expect(frame).toContain('Enter open');
  });

  it('asks for the guide chosen with the arrows, even when the keys arrive together', async () => {
    const { store, view, keyboard, effects } = picker();
    keyboard.write('j\r');
    await tick();
    expect(store.getState().library).toMatchObject({ selected: 1 });
    expect(effects).toEqual([{ type: 'open-guide', id: 'b' }]);
    expect(view.lastFrame()).toMatch(/› Second guide/);
  });
});
