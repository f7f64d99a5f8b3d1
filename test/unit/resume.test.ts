import { describe, expect, it } from 'vitest';
import { placeOf, resumeState, welcomeBack } from '../../source/state/resume.js';
import { createDerive } from '../../source/state/derive.js';
import { appStateOf, createStore } from '../../source/state/store.js';
import { errandGuide } from '../helpers/guides.js';

const { selectedItem } = createDerive();

const guide = errandGuide();
const now = new Date('2026-11-28T10:00:00.000Z');
const size = { cols: 100, rows: 30 };

describe('resuming', () => {
  it('greets a returning person with progress, when they were here and what is next', () => {
    const record = {
      done: new Map([
        ['options', '2026-11-26T10:00:00Z'],
        ['mail.request', '2026-11-26T10:00:00Z'],
      ]),
      route: 'mail',
      lastUsed: '2026-11-26T10:00:00.000Z',
    };
    expect(welcomeBack(guide, record, now)).toBe(
      'Welcome back - 2/7 done, last here 2 days ago. Expect the outcome of 4.1 Request the form between Thu 3 Dec and Thu 10 Dec (12 days left). Next: 4.2 When the form arrives',
    );
  });

  it('does not greet someone who has never been here', () => {
    expect(welcomeBack(guide, { done: new Map() }, now)).toBeUndefined();
  });

  it('opens the same pane, item and scroll', () => {
    const place = { pane: 'steps' as const, selected: { steps: 'mail.arrival' }, scroll: 2 };
    const state = resumeState(
      guide,
      { done: new Map(), place, lastUsed: now.toISOString() },
      {
        size: { cols: 50, rows: 14 },
        now,
      },
    );
    expect(state.pane).toBe('steps');
    expect(selectedItem(state)?.id).toBe('mail.arrival');
    expect(state.expanded).toEqual(['mail']);
    expect(state.scroll).toBe(2);
    expect(placeOf(state)).toEqual(place);
  });

  it('copes with a place the guide no longer has', () => {
    const place = { pane: 'faq' as const, selected: { faq: 'faq.gone' }, scroll: 999 };
    // The store keeps the scroll within the text the guide now has.
    const state = createStore(
      appStateOf(resumeState(guide, { done: new Map(), place }, { size, now })),
    ).getState().guide!;
    expect(selectedItem(state)?.id).toBe('faq.reset-online');
    expect(state.scroll).toBe(0);
  });
});

describe('coming back after a wait has run out', () => {
  it('leads with it, and names the step to turn to', () => {
    const guide = errandGuide();
    const record = {
      done: new Map([['mail.request', '2026-11-02T10:00:00.000Z']]),
      lastUsed: '2026-11-02T10:00:00.000Z',
    };
    expect(welcomeBack(guide, record, new Date('2026-11-30T10:00:00'))).toMatch(
      /^The outcome of 4\.1 Request the form is \d+ days? late: it was expected by \w{3} \d+ \w{3}\. Press c for 3\. Call the library\. Welcome back - /,
    );
  });
});

describe('coming back to a guide that changed', () => {
  it('says which items are new and how many went away', () => {
    const guide = errandGuide();
    const ids = guide.steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]);
    const record = {
      done: new Map([['gone.item', '2026-11-02T10:00:00.000Z']]),
      lastUsed: '2026-11-25T10:00:00.000Z',
      items: [...ids.filter((id) => id !== 'after.use'), 'gone.item', 'gone.other'],
    };
    expect(welcomeBack(guide, record, new Date('2026-11-26T10:00:00'))).toMatch(
      /The guide changed: new 5\.2 Where you will use it; 2 items removed\. Next:/,
    );
  });

  it('says nothing of changes when there are none, or when it has no list yet', () => {
    const guide = errandGuide();
    const ids = guide.steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]);
    const now = new Date('2026-11-26T10:00:00');
    const last = '2026-11-25T10:00:00.000Z';
    expect(welcomeBack(guide, { done: new Map(), lastUsed: last, items: ids }, now)).not.toMatch(
      /changed/,
    );
    expect(welcomeBack(guide, { done: new Map(), lastUsed: last }, now)).not.toMatch(/changed/);
  });
});
