import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Root } from '../../source/ui/Root.js';
import { Screen } from '../../source/ui/Screen.js';
import { appStateOf, createStore } from '../../source/state/store.js';
import { StoreContext } from '../../source/ui/store-context.js';
import { ThemeContext } from '../../source/ui/theme.js';
import type { Effect } from '../../source/state/effects.js';
import { fakeKeyboard } from '../helpers/keyboard.js';
import { errandState, apply, NOW } from '../helpers/state.js';

const tick = () => new Promise((done) => setTimeout(done, 30));
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function renderApp(size = { cols: 100, rows: 30 }) {
  const saved: Effect[] = [];
  const store = createStore(appStateOf(errandState({ size })));
  store.runEffects((effects) =>
    saved.push(...effects.filter((effect) => effect.type === 'save-progress')),
  );
  const keyboard = fakeKeyboard();
  const view = render(
    <Root
      store={store}
      theme={{ color: false, hyperlinks: false }}
      clock={() => new Date(NOW)}
      subscribeInput={keyboard.subscribe}
    />,
  );
  cleanup = view.unmount;
  return { ...view, stdin: keyboard, saved };
}

describe('<App>', () => {
  it('renders the tab bar, the steps, the text and the status bar', () => {
    const { lastFrame } = renderApp();
    const frame = lastFrame() ?? '';
    expect(frame).toContain('[1 Steps]');
    expect(frame).toContain('› ○ 1. Know your options');
    expect(frame).toContain('There are three routes');
    expect(frame).toMatch(/0\/13 done\s+\? help/);
  });

  it('moves with arrow keys and marks done with Space, reporting the change', async () => {
    const { stdin, lastFrame, saved } = renderApp();
    stdin.write('\u001b[B');
    await tick();
    stdin.write(' ');
    await tick();
    expect(lastFrame()).toContain('› ● 2. Use the library website');
    expect(lastFrame()).toContain('3/13 done');
    expect(saved).toEqual([
      {
        type: 'save-progress',
        guide: 'library-card',
        changes: expect.arrayContaining([{ type: 'done', item: expect.any(String), at: NOW }]),
      },
    ]);
  });

  it('puts the text below the list on a narrow terminal', () => {
    const { lastFrame } = renderApp({ cols: 60, rows: 24 });
    const lines = (lastFrame() ?? '').split('\n');
    const list = lines.findIndex((line) => line.includes('1. Know your options'));
    const text = lines.findIndex((line) => line.includes('Libraries rarely print a new card'));
    expect(text).toBeGreaterThan(list);
    expect(lines.some((line) => line.startsWith('─'))).toBe(true);
  });

  it('handles keys typed in one chunk one by one', async () => {
    const { stdin, lastFrame } = renderApp();
    stdin.write('?3');
    await tick();
    // "?" opened help, and "3" is not a key there, so help stays open.
    expect(lastFrame()).toContain('Keys (? or Esc to close)');
    stdin.write('?3');
    await tick();
    expect(lastFrame()).toContain('[3 Tips]');
  });
});

describe('<Screen>', () => {
  const screen = (state: ReturnType<typeof errandState>) =>
    render(
      <StoreContext.Provider value={createStore(appStateOf(state))}>
        <ThemeContext.Provider value={{ color: false, hyperlinks: false }}>
          <Screen />
        </ThemeContext.Provider>
      </StoreContext.Provider>,
    );

  it('draws one row less than the terminal, so Ink never clears the screen', () => {
    const { lastFrame } = screen(errandState({ size: { cols: 100, rows: 30 } }));
    expect((lastFrame() ?? '').split('\n')).toHaveLength(29);
  });

  it('says when the terminal is too small', () => {
    const { lastFrame } = screen(errandState({ size: { cols: 30, rows: 8 } }));
    expect((lastFrame() ?? '').replace(/\s+/g, ' ')).toContain(
      'Terminal too small: need 40x12, have 30x8',
    );
  });

  it('marks warning tips and shows a scroll position for long text', () => {
    const tips = apply(
      errandState({ size: { cols: 50, rows: 14 } }),
      { type: 'pane/go', pane: 'tips' },
      { type: 'select/last' },
    );
    const frame = screen(tips).lastFrame() ?? '';
    expect(frame).toContain('⚠ Watch out for fake messages');
    const steps = screen(errandState({ size: { cols: 50, rows: 14 } })).lastFrame() ?? '';
    expect(steps).toMatch(/lines 1-\d+ of \d+/);
  });

  it('keeps "? help" on the status bar at the narrowest size', () => {
    const { lastFrame } = screen(errandState({ size: { cols: 40, rows: 12 } }));
    expect((lastFrame() ?? '').split('\n').at(-1)).toMatch(/\? help\s*$/);
  });
});

describe('search results', () => {
  it('show the query, the count and only what matches', async () => {
    const keyboard = fakeKeyboard();
    const view = render(
      <Root
        store={createStore(appStateOf(errandState()))}
        theme={{ color: false, hyperlinks: false }}
        subscribeInput={keyboard.subscribe}
      />,
    );
    cleanup = view.unmount;
    keyboard.write('/');
    await tick();
    keyboard.write('chnage');
    await tick();
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('/ chnage');
    expect(frame).toMatch(/\d+ match(es)?/);
    expect(frame).toContain('› How do I change my password?');
    expect(frame).not.toContain('Can I use my card when travelling?');
  });
});
