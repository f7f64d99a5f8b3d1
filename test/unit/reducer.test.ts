import { describe, expect, it } from 'vitest';
import { createDerive } from '../../source/state/derive.js';
import { lineText } from '../../source/domain/text/layout.js';
import { errandState, apply, applyWithEffects, NOW } from '../helpers/state.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { initialState } from '../../source/state/ui-state.js';
import { errandGuide, MINI } from '../helpers/guides.js';

const {
  detailLines,
  listItems,
  maxScroll,
  message: messageOf,
  emptyListText,
  selectedItem,
} = createDerive();

describe('panes', () => {
  it('cycles forward and back, wrapping around', () => {
    const state = errandState();
    expect(apply(state, { type: 'pane/next' }).pane).toBe('faq');
    expect(apply(state, { type: 'pane/previous' }).pane).toBe('progress');
    expect(apply(state, { type: 'pane/go', pane: 'tips' }).pane).toBe('tips');
  });

  it('keeps each pane its own selection', () => {
    const state = apply(
      errandState(),
      { type: 'select/move', by: 2 },
      { type: 'pane/next' },
      { type: 'select/move', by: 1 },
      { type: 'pane/previous' },
    );
    expect(selectedItem(state)?.id).toBe('phone');
    expect(selectedItem(state, 'faq')?.id).toBe('faq.text-message');
  });
});

describe('selection', () => {
  it('moves and stops at both ends', () => {
    const state = errandState();
    expect(selectedItem(apply(state, { type: 'select/move', by: -1 }))?.id).toBe('options');
    expect(selectedItem(apply(state, { type: 'select/move', by: 99 }))?.id).toBe('after');
    expect(selectedItem(apply(state, { type: 'select/last' }, { type: 'select/first' }))?.id).toBe(
      'options',
    );
  });

  it('opens a step to its first sub-step, and Esc goes back to the step', () => {
    const opened = apply(errandState(), { type: 'select/move', by: 1 }, { type: 'open' });
    expect(selectedItem(opened)?.id).toBe('online.register');
    expect(listItems(opened).map((item) => item.id)).toContain('online.retrieve');
    const back = apply(opened, { type: 'back' });
    expect(selectedItem(back)?.id).toBe('online');
    expect(listItems(back).map((item) => item.id)).not.toContain('online.register');
  });

  it('does nothing on Enter for a step without sub-steps', () => {
    const state = errandState();
    expect(apply(state, { type: 'open' })).toEqual(state);
  });
});

describe('text scrolling', () => {
  it('scrolls by pages within the text and resets on a new selection', () => {
    const small = errandState({ size: { cols: 50, rows: 14 } });
    const max = maxScroll(small);
    expect(max).toBeGreaterThan(0);
    const down = apply(small, { type: 'text/scroll', pages: 1 });
    expect(down.scroll).toBeGreaterThan(0);
    expect(apply(down, { type: 'text/scroll', pages: 50 }).scroll).toBe(max);
    expect(apply(down, { type: 'text/scroll', pages: -50 }).scroll).toBe(0);
    expect(apply(down, { type: 'select/move', by: 1 }).scroll).toBe(0);
  });

  it('keeps the scroll within the text when the terminal grows', () => {
    const small = apply(errandState({ size: { cols: 50, rows: 14 } }), {
      type: 'text/scroll',
      pages: 9,
    });
    const grown = apply(small, { type: 'resize', size: { cols: 120, rows: 50 } });
    expect(grown.scroll).toBe(0);
  });
});

describe('marking done', () => {
  it('toggles a sub-step and rolls up to its step', () => {
    let state = apply(errandState(), { type: 'select/move', by: 1 }, { type: 'open' });
    state = apply(state, { type: 'done/toggle', now: NOW });
    expect(state.progress.done.get('online.register')).toBe(NOW);
    state = apply(state, { type: 'select/move', by: 1 }, { type: 'done/toggle', now: NOW });
    expect(listItems(state).find((item) => item.id === 'online')?.done).toBe(true);
  });

  it('shows when an item was done in its text', () => {
    const state = apply(errandState(), { type: 'done/toggle', now: NOW });
    expect(detailLines(state).map(lineText)).toContain('● done 26 Nov');
  });

  it('only marks in the Steps pane', () => {
    const state = apply(errandState(), { type: 'pane/next' }, { type: 'done/toggle', now: NOW });
    expect(state.progress.done.size).toBe(0);
  });
});

describe('overlays and banners', () => {
  it('toggles help, and Esc closes it', () => {
    const open = apply(errandState(), { type: 'help/toggle' });
    expect(open.overlay).toBe('help');
    expect(apply(open, { type: 'help/toggle' }).overlay).toBeUndefined();
    expect(apply(open, { type: 'back' }).overlay).toBeUndefined();
  });

  it('puts a banner away on the next action, but not on a resize', () => {
    const state = errandState({ banner: 'Welcome back' });
    expect(apply(state, { type: 'resize', size: { cols: 90, rows: 30 } }).banner).toBe(
      'Welcome back',
    );
    expect(apply(state, { type: 'select/move', by: 1 }).banner).toBeUndefined();
  });
});

describe('searching the FAQ', () => {
  const typed = (text: string) =>
    apply(
      errandState(),
      { type: 'search/open' },
      ...[...text].map((letter) => ({ type: 'field/type' as const, text: letter })),
    );

  it('filters as the person types and selects the best match', () => {
    const state = typed('chnage');
    expect(listItems(state).map((item) => item.id)).toEqual(['faq.change']);
    expect(selectedItem(state)?.id).toBe('faq.change');
  });

  it('edits with backspace and clears with Esc back to the full list', () => {
    const state = apply(typed('lostx'), { type: 'field/backspace' });
    expect(state.query).toBe('lost');
    const cleared = apply(state, { type: 'search/clear' });
    expect(cleared).toMatchObject({ query: '', searchFocused: false });
    expect(listItems(cleared)).toHaveLength(10);
  });

  it('keeps the results and the selection when Enter opens the answer', () => {
    const state = apply(typed('travel'), { type: 'search/submit' });
    expect(state.searchFocused).toBe(false);
    expect(selectedItem(state)?.id).toBe('faq.travel');
  });

  it('warns when the query looks like a card number or PIN', () => {
    expect(messageOf(typed('4111 1111 1111 1111'))).toMatch(/looks like a card number/);
    expect(messageOf(typed('lost pin'))).toBeUndefined();
  });
});

describe('a guide without routes', () => {
  it('has no route choices, and says so', () => {
    const { guide } = parseGuide(
      MINI.replace(/routes:\n {2}a: Route A\n {2}b: Route B\n/, '')
        .replace(/<!-- route: a -->\n/, '')
        .replace('<!-- {id: third, route: b} -->', '<!-- id: third -->'),
    );
    const state = apply(initialState(guide!, { size: { cols: 100, rows: 30 } }), {
      type: 'pane/go',
      pane: 'progress',
    });
    expect(listItems(state)).toEqual([]);
    expect(emptyListText(state)).toMatch(/no route to choose/);
  });
});

describe('links in the text', () => {
  const linked = parseGuide(
    MINI.replace('Do the first thing.', 'See [the site](https://example.com).'),
  ).guide!;
  const text = (hyperlinks: boolean) =>
    detailLines(initialState(linked, { size: { cols: 100, rows: 30 }, hyperlinks })).map(lineText);

  it('write the address out where the terminal has no hyperlinks', () => {
    expect(text(false)).toContain('See the site [1].');
    expect(text(false)).toContain('[1] https://example.com');
  });

  it('keep the address on the span for an OSC 8 link where it has', () => {
    expect(text(true)).toContain('See the site.');
  });
});

describe('pasted text', () => {
  it('goes into the search box cleaned, on one line', () => {
    const state = apply(
      errandState(),
      { type: 'search/open' },
      { type: 'paste', text: 'lost\u009b31m\u202e pin\u0001\nnow' },
    );
    expect(state.query).toBe('lost pin now');
  });

  it('is refused with a word anywhere else', () => {
    const state = apply(
      errandState(),
      { type: 'pane/go', pane: 'progress' },
      { type: 'paste', text: 'r' },
    );
    expect(state.overlay).toBeUndefined();
    expect(messageOf(state)).toMatch(/only used in the search box/);
  });
});

describe('a guide file that changes while open', () => {
  it('is not taken when its id changed: progress belongs to the old id', () => {
    const state = errandState();
    const renamed = { ...state.guide, id: 'another-id', title: 'Renamed' };
    const after = apply(state, { type: 'guide/reload', guide: renamed });
    expect(after.guide.title).toBe(state.guide.title);
    expect(after.guideError).toMatch(/id changed from "library-card" to "another-id"/);
  });
});

describe('a step that needs things at hand', () => {
  it('lists them at the top of its text', () => {
    const guide = errandGuide();
    const needy = {
      ...guide,
      steps: guide.steps.map((step, index) => (index === 0 ? { ...step, needs: ['a pen'] } : step)),
    };
    const state = errandState();
    const lines = detailLines({ ...state, guide: needy }).map(lineText);
    expect(lines).toContain('Have at hand');
    expect(lines).toContain('• a pen');
  });
});

describe('continuing after a wait has run out', () => {
  const asked = '2026-11-02T10:00:00.000Z';
  const waiting = () =>
    errandState({
      progress: {
        done: new Map([
          ['online.register', asked],
          ['online.retrieve', asked],
        ]),
        route: 'online',
      },
    });

  it('goes to the step the guide names for that, while the wait is on goes to what is next', () => {
    const during = apply(waiting(), { type: 'continue', now: '2026-11-05T10:00:00.000Z' });
    expect(selectedItem(during)?.id).toBe('options');
    const after = apply(waiting(), { type: 'continue', now: '2026-11-30T10:00:00.000Z' });
    expect(after.pane).toBe('steps');
    expect(selectedItem(after)?.id).toBe('phone.number');
    expect(after.expanded).toContain('phone');
  });

  it('says so in the Progress pane, with the key', () => {
    const state = apply(
      waiting(),
      { type: 'continue', now: '2026-11-30T10:00:00.000Z' },
      { type: 'pane/go', pane: 'progress' },
    );
    const text = detailLines(state).map(lineText).join(' ');
    expect(text).toMatch(
      /Next +3\.1 Find the right number \(press c\).*Overdue +The outcome of \d\.\d [A-Za-z ]+ is \d+ days? late.* turn to 3\. Call the library\..*\(press c\)/,
    );
  });
});

describe('the note editor', () => {
  // The third step, "phone", is selected.
  const onPhone = () => apply(errandState(), { type: 'select/move', by: 2 });
  const typed = (text: string) =>
    [...text].map((char) => ({ type: 'field/type', text: char }) as const);

  it('types, deletes a letter, takes a paste, and saves with the time, newest first', () => {
    const state = apply(
      onPhone(),
      { type: 'note/open' },
      ...typed('Spoke to Sam'),
      { type: 'field/backspace' },
      { type: 'paste', text: 'm, ref\n48213577' },
      { type: 'note/save', now: NOW },
    );
    expect(state.overlay).toBeUndefined();
    expect(state.progress.notes).toEqual([
      { item: 'phone', at: NOW, text: 'Spoke to Sam, ref 48213577' },
    ]);
    expect(messageOf(state)).toBe('Note saved.');
    const text = detailLines(state).map(lineText).join('\n');
    expect(text).toContain('Notes (1)');
    expect(text).toContain('Spoke to Sam, ref 48213577');
  });

  it('keeps letters that are keys elsewhere as text: q, n, x, digits', () => {
    const state = apply(onPhone(), { type: 'note/open' }, ...typed('qnx 12'));
    expect(state.draft?.text).toBe('qnx 12');
  });

  it('cancels with nothing stored', () => {
    const state = apply(onPhone(), { type: 'note/open' }, ...typed('hello'), { type: 'back' });
    expect(state.overlay).toBeUndefined();
    expect(state.progress.notes).toBeUndefined();
  });

  it('refuses a card number, keeps the editor open and says why', () => {
    const state = apply(
      onPhone(),
      { type: 'note/open' },
      { type: 'paste', text: 'card 4111 1111 1111 1111' },
      { type: 'note/save', now: NOW },
    );
    expect(state.overlay).toBe('note');
    expect(state.progress.notes).toBeUndefined();
    expect(messageOf(state)).toMatch(/not saved: .*card number/);
  });

  it('deletes a note only after a yes, choosing among several by number', () => {
    const two = apply(
      onPhone(),
      { type: 'note/open' },
      ...typed('first'),
      { type: 'note/save', now: '2026-11-26T10:00:00.000Z' },
      { type: 'note/open' },
      ...typed('second'),
      { type: 'note/save', now: '2026-11-27T10:00:00.000Z' },
    );
    const asking = apply(two, { type: 'note/delete' });
    expect(asking.overlay).toBe('pick-note');
    const confirming = apply(asking, { type: 'note/pick', index: 1 });
    expect(messageOf(confirming)).toMatch(/Delete the note of .*"first"\? y deletes it/);
    expect(apply(confirming, { type: 'confirm/no' }).progress.notes).toHaveLength(2);
    const deleted = apply(confirming, { type: 'confirm/yes' });
    expect(deleted.progress.notes?.map((note) => note.text)).toEqual(['second']);
  });

  it('deletes any of many notes by its number, and scrolls to the notes while choosing', () => {
    let state = onPhone();
    for (let index = 1; index <= 12; index += 1) {
      state = apply(state, { type: 'note/open' }, ...typed(`note ${index}`), {
        type: 'note/save',
        now: `2026-11-${String(index + 10).padStart(2, '0')}T10:00:00.000Z`,
      });
    }
    // Newest first: number 12 is the oldest note, "note 1".
    const choosing = apply(state, { type: 'note/delete' }, { type: 'note/digit', digit: 1 });
    expect(choosing.overlay).toBe('pick-note');
    expect(messageOf(choosing)).toMatch(/Delete which note\? 1… \(Enter to choose it/);
    const twelve = apply(choosing, { type: 'note/digit', digit: 2 });
    expect(twelve.deleting?.text).toBe('note 1');
    const first = apply(choosing, { type: 'note/choose' });
    expect(first.deleting?.text).toBe('note 12');
    // A number past the last note is not taken.
    expect(apply(choosing, { type: 'note/digit', digit: 9 }).choosing).toBe('1');
  });

  it('shows the notes, newest first, right after one is saved', () => {
    let state = apply(errandState({ size: { cols: 50, rows: 14 } }), {
      type: 'select/move',
      by: 2,
    });
    for (let index = 1; index <= 8; index += 1) {
      state = apply(state, { type: 'note/open' }, ...typed(`note ${index}`), {
        type: 'note/save',
        now: `2026-11-${String(index + 10).padStart(2, '0')}T10:00:00.000Z`,
      });
      const lines = detailLines(state).map(lineText);
      const heading = lines.findIndex((line) => line.startsWith('Notes ('));
      const rows = createDerive().frame(state).textRows;
      // The heading and the note just written are on screen, not the oldest notes at the end.
      expect(heading).toBeGreaterThanOrEqual(state.scroll);
      expect(heading + 1).toBeLessThan(state.scroll + rows);
      expect(lines[heading + 1]).toContain(`note ${index}`);
    }
  });

  it('keeps the notes when progress is reset', () => {
    const state = apply(
      onPhone(),
      { type: 'done/toggle', now: NOW },
      { type: 'note/open' },
      ...typed('kept'),
      { type: 'note/save', now: NOW },
      { type: 'reset/ask' },
      { type: 'confirm/yes' },
    );
    expect(state.progress.done.size).toBe(0);
    expect(state.progress.notes).toHaveLength(1);
  });
});

describe('moving in the note being written', () => {
  const writing = (text: string) =>
    apply(errandState(), { type: 'note/open' }, { type: 'field/type', text });
  const draft = (state: ReturnType<typeof apply>) => state.draft;

  it('types and deletes where the cursor is, moved by a character or to either end', () => {
    const state = apply(
      writing('called Sam'),
      { type: 'field/cursor', move: 'home' },
      { type: 'field/type', text: 'I ' },
      { type: 'field/cursor', move: 'end' },
      { type: 'field/cursor', move: 'left' },
      { type: 'field/cursor', move: 'left' },
      { type: 'field/cursor', move: 'left' },
      { type: 'field/backspace' },
      { type: 'field/cursor', move: 'right' },
    );
    expect(draft(state)).toMatchObject({ text: 'I calledSam', cursor: 9 });
  });

  it('erases to the start, or the word before the cursor, as a shell does', () => {
    expect(
      draft(apply(writing('ref 48213577 agent Sam '), { type: 'field/erase', what: 'word' })),
    ).toMatchObject({ text: 'ref 48213577 agent ' });
    expect(
      draft(
        apply(
          writing('ref 482 Sam'),
          { type: 'field/cursor', move: 'left' },
          { type: 'field/cursor', move: 'left' },
          { type: 'field/cursor', move: 'left' },
          { type: 'field/erase', what: 'to-start' },
        ),
      ),
    ).toMatchObject({ text: 'Sam', cursor: 0 });
  });

  it('keeps the cursor inside the text, and leaves it at the end when it is there', () => {
    const state = apply(writing('ab'), { type: 'field/cursor', move: 'right' });
    expect(draft(state)).toEqual({ item: draft(state)?.item, text: 'ab' });
    expect(
      draft(apply(writing('ab'), ...Array(5).fill({ type: 'field/cursor', move: 'left' }))),
    ).toMatchObject({ cursor: 0 });
  });
});

describe('progress merged from another device', () => {
  it('shows the marks and keeps the pane, the selection and a note being typed', () => {
    const typing = apply(
      errandState(),
      { type: 'select/move', by: 2 },
      { type: 'note/open' },
      { type: 'field/type', text: 'called' },
    );
    const progress = { done: new Map([['options', '2026-12-06T10:00:00.000Z']]) };
    const after = apply(typing, { type: 'progress/synced', guide: typing.guide.id, progress });
    expect(after.progress).toBe(progress);
    expect(selectedItem(after)?.id).toBe('phone');
    expect(after.pane).toBe(typing.pane);
    expect(typing.draft?.text).toBe('called');
    expect(after.draft).toEqual(typing.draft);
    expect(after.banner).toBe('Progress changed on another device: 1 change.');
  });

  it('changes nothing when nothing changed, or when it is another guide', () => {
    const state = errandState();
    const same = { done: new Map(state.progress.done) };
    expect(apply(state, { type: 'progress/synced', guide: state.guide.id, progress: same })).toBe(
      state,
    );
    const other = { done: new Map([['options', '2026-12-06T10:00:00.000Z']]) };
    expect(apply(state, { type: 'progress/synced', guide: 'another', progress: other })).toBe(
      state,
    );
  });
});

describe('an item with more than nine links', () => {
  const links = Array.from(
    { length: 12 },
    (_, i) => `[site ${i + 1}](https://example.com/${i + 1})`,
  );
  const guide = parseGuide(
    `---\nid: many\ntitle: Many links\n---\n\n## Steps\n\n### One {#one}\n\n${links.join(' ')}\n`,
  ).guide!;
  const open = () =>
    apply(initialState(guide, { size: { cols: 100, rows: 30 } }), { type: 'link/open' });

  it('opens the twelfth by typing 1, 2 and Enter, and the first by 1 and Enter', () => {
    const typed = apply(open(), { type: 'link/digit', digit: 1 });
    expect(typed.choosing).toBe('1');
    expect(messageOf(typed)).toContain('Open which link? 1…');
    const twelfth = applyWithEffects(typed, { type: 'link/digit', digit: 2 });
    expect(twelfth.effects).toEqual([{ type: 'open-link', href: 'https://example.com/12' }]);
    const first = applyWithEffects(typed, { type: 'link/choose' });
    expect(first.effects).toEqual([{ type: 'open-link', href: 'https://example.com/1' }]);
    expect(first.state.overlay).toBeUndefined();
  });

  it('says there are more than nine, and ignores a number past the last', () => {
    expect(messageOf(open())).toContain('12 links: type a number, then Enter');
    const typed = apply(open(), { type: 'link/digit', digit: 2 });
    // 2 could begin no longer number here (20 > 12): opened at once.
    expect(typed.overlay).toBeUndefined();
    expect(
      apply(open(), { type: 'link/digit', digit: 1 }, { type: 'link/digit', digit: 5 }).choosing,
    ).toBe('1');
  });
});
