// The app for a screen reader (--screen-reader): Ink writes plain lines with roles and states in
// words. Each view's text is compared with a transcript committed beside this test, so a change in
// what a blind person hears shows up in review.
import { render } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Root } from '../../source/ui/Root.js';
import { appStateOf, createStore } from '../../source/state/store.js';
import type { AppState } from '../../source/state/app-state.js';
import { fakeKeyboard } from '../helpers/keyboard.js';
import { errandState, NOW } from '../helpers/state.js';
import { errandGuide } from '../helpers/guides.js';

const tick = () => new Promise((done) => setTimeout(done, 30));
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
// Ink reads it when a render starts; the app passes the same switch as an option.
const before = process.env.INK_SCREEN_READER;
beforeAll(() => {
  process.env.INK_SCREEN_READER = 'true';
});
afterAll(() => {
  if (before === undefined) delete process.env.INK_SCREEN_READER;
  else process.env.INK_SCREEN_READER = before;
});

const DRAWING = /[\u2500-\u259f\u2800-\u28ff○●◉◐•▸▾›⚠]/u;

function renderReader(
  state: AppState = appStateOf(errandState({ reader: true, size: { cols: 80, rows: 24 } })),
) {
  const store = createStore(state);
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
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      keyboard.write(key);
      await tick();
      // A lone Esc is a key only once no sequence follows it.
      if (key === '\u001b') await tick().then(tick).then(tick);
    }
    return view.lastFrame() ?? '';
  };
  return { ...view, press, store };
}

const transcript = (name: string) => `./transcripts/${name}.txt`;

describe('the app for a screen reader', () => {
  it('reads the steps as a list, states in words, then the selected step', async () => {
    const { lastFrame } = renderReader();
    const frame = lastFrame() ?? '';
    expect(frame).not.toMatch(DRAWING);
    expect(frame).toContain('tablist: tab: (selected) Steps (key 1) tab: FAQ (key 2)');
    expect(frame).toMatch(/^list: listitem: \(selected\) 1\. Know your options, not done$/m);
    await expect(frame).toMatchFileSnapshot(transcript('steps'));
  });

  it('marks the second step with Down then Space, and says so', async () => {
    const { press } = renderReader();
    const frame = await press('\u001b[B', ' ');
    expect(frame).toMatch(
      /^2\. Use the library website: marked done, with its 2 sub-steps\. Expect /m,
    );
    expect(frame).toMatch(/^listitem: \(selected, checked\) 2\. Use the library website, done/m);
    expect(frame).toContain('of 13 done. ? for keys, q quits.');
    const again = await press(' ');
    expect(again).toMatch(
      /^2\. Use the library website: marked not done, with its 2 sub-steps\.$/m,
    );
    expect(again).toMatch(/^listitem: \(selected\) 2\. Use the library website, not done/m);
  });

  it('reads the FAQ search as a textbox, with the count in words', async () => {
    const { press } = renderReader();
    const frame = await press('2', '/', 'l', 'o', 's', 't');
    expect(frame).not.toMatch(DRAWING);
    expect(frame).toMatch(/^textbox: \(selected\) Search the guide: lost, /m);
    expect(frame).toMatch(/^list: listitem: \(selected\) .*, in FAQ$/m);
    await expect(frame).toMatchFileSnapshot(transcript('faq-search'));
  });

  it('reads the tips and the progress with words for every state', async () => {
    const { press } = renderReader();
    const tips = await press('3');
    expect(tips).not.toMatch(DRAWING);
    await expect(tips).toMatchFileSnapshot(transcript('tips'));
    const progress = await press('4');
    expect(progress).not.toMatch(DRAWING);
    expect(progress).toMatch(/^Overall: 0 of 13 done, 0%$/m);
    await expect(progress).toMatchFileSnapshot(transcript('progress'));
  });

  it('reads the help as a list of keys in words, and says every key works as usual', async () => {
    const { press } = renderReader();
    const help = await press('?');
    expect(help).not.toMatch(DRAWING);
    expect(help).toContain('Every key works as on the full screen.');
    expect(help).toMatch(/^listitem: Down or j or Control n: next item$/m);
    await expect(help).toMatchFileSnapshot(transcript('help'));
  });

  it('reads the note editor as a textbox', async () => {
    const { press } = renderReader();
    const note = await press('n', 'C', 'a', 'l', 'l', 'e', 'd');
    expect(note).toMatch(/^textbox: \(selected\) Note on 1\. Know your options: Called$/m);
    await expect(note).toMatchFileSnapshot(transcript('note'));
  });

  it('says how much more there is, above and below, instead of arrows', async () => {
    const { press } = renderReader(
      appStateOf(errandState({ reader: true, size: { cols: 80, rows: 14 } })),
    );
    const frame = await press('G');
    expect(frame).toMatch(/^\d+ more above\.$/m);
    expect(frame).not.toMatch(DRAWING);
  });

  it('reads the guide picker', () => {
    const guide = errandGuide();
    const { lastFrame } = renderReader({
      size: { cols: 80, rows: 24 },
      library: {
        entries: [
          { id: guide.id, title: guide.title, status: '2/13 done', summary: 'Replace a card' },
          { id: 'other', title: 'Another guide', status: 'not started' },
        ],
        selected: 0,
      },
    });
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/^stepwise: choose a guide, 2 guides$/m);
    expect(frame).toMatch(/^list: listitem: \(selected\) .*, 2\/13 done, Replace a card$/m);
    expect(frame).not.toMatch(DRAWING);
  });
});

describe('what a screen reader is told', () => {
  it('says what an action did when it shows only as a change on screen', async () => {
    const { press } = renderReader();
    // A route chosen in Progress.
    expect(await press('4', '\r')).toMatch(/^Route chosen: Website\.$/m);
    // Reset, answered no.
    expect(await press('r', 'n')).toMatch(/^Progress kept\.$/m);
    // c goes to the next thing to do.
    expect(await press('c')).toMatch(/^Next: 1\. Know your options, in Steps\.$/m);
    // A note put away without saving.
    expect(await press('n', 'x', '\u001b')).toMatch(/^Note not saved\.$/m);
  });

  it('says where the caret is in a note when it is not at the end', async () => {
    const { press } = renderReader();
    const frame = await press('n', 'a', 'b', 'c', '\u001b[D', '\u001b[D');
    expect(frame).toMatch(
      /Note on 1\. Know your options: abc \(cursor before character\s2 of 3\)$/m,
    );
    // While writing, the note is the one thing on screen.
    expect(frame).not.toMatch(/^list: /m);
  });

  it('says the route by its name, and the route chosen apart from the selection', async () => {
    const { press } = renderReader();
    const frame = await press('4', '\r');
    expect(frame).toMatch(/^list: listitem: \(selected\) Website, your current choice$/m);
    expect(frame).toMatch(/^listitem: Not chosen yet$/m);
    const steps = await press('1');
    expect(steps).toMatch(
      /2\. Use the library website, not done, route: Website,\ssub-steps\shidden/,
    );
    expect(steps).toMatch(/3\. Call the library, not done, route: Phone, other\sroute/);
  });
});
