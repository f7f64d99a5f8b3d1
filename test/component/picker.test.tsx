import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidePicker, type PickerEntry } from '../../source/ui/GuidePicker.js';

const tick = () => new Promise((done) => setTimeout(done, 30));
const entries: PickerEntry[] = [
  { id: 'a', title: 'First guide', summary: 'About the first', status: '4/13 done' },
  { id: 'b', title: 'Second guide', status: 'not started' },
];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('<GuidePicker>', () => {
  it('lists each guide with its summary and progress', () => {
    const view = render(
      <GuidePicker entries={entries} size={{ cols: 80, rows: 20 }} onOpen={() => {}} />,
    );
    cleanup = view.unmount;
    const frame = view.lastFrame() ?? '';
    expect(frame).toContain('choose a guide (2)');
    expect(frame).toMatch(/› First guide\s+4\/13 done/);
    expect(frame).toContain('About the first');
    expect(frame).toMatch(/Second guide\s+not started/);
    expect(frame).toContain('⏎ open');
  });

  it('opens the guide chosen with the arrows, even when the keys arrive together', async () => {
    const opened: string[] = [];
    const view = render(
      <GuidePicker
        entries={entries}
        size={{ cols: 80, rows: 20 }}
        onOpen={(id) => opened.push(id)}
      />,
    );
    cleanup = view.unmount;
    view.stdin.write('j\r');
    await tick();
    expect(opened).toEqual(['b']);
  });
});
