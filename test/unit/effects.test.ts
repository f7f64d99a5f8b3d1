// What actions ask of the world, as values: the intent of a change, never a diff of states.
import { describe, expect, it } from 'vitest';
import { applyWithEffects, errandState, NOW } from '../helpers/state.js';

describe('the effects of an action', () => {
  it('a mark is saved as what was done: the item and when', () => {
    const { effects } = applyWithEffects(
      errandState(),
      { type: 'select/move', by: 2 },
      { type: 'done/toggle', now: NOW },
    );
    const saves = effects.filter((effect) => effect.type === 'save-progress');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ type: 'save-progress', guide: 'library-card' });
    const changes = saves[0]?.type === 'save-progress' ? saves[0].changes : [];
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change).toMatchObject({ type: 'done', at: NOW });
  });

  it('undoing a mark is saved as undone, not as a new list of marks', () => {
    const { effects } = applyWithEffects(
      errandState(),
      { type: 'done/toggle', now: NOW },
      { type: 'done/toggle', now: NOW },
    );
    const changes = effects.flatMap((effect) =>
      effect.type === 'save-progress' ? effect.changes : [],
    );
    expect(changes.map((change) => change.type)).toEqual(['done', 'undone']);
  });

  it('moving asks for the place to be saved; the help, the search box and banners ask nothing', () => {
    expect(
      applyWithEffects(errandState(), { type: 'select/move', by: 1 }).effects.map(
        (effect) => effect.type,
      ),
    ).toEqual(['save-place']);
    expect(
      applyWithEffects(
        errandState(),
        { type: 'help/toggle' },
        { type: 'help/scroll', by: 1 },
        { type: 'help/toggle' },
        { type: 'banner/dismiss' },
      ).effects,
    ).toEqual([]);
  });

  it('a page down that moves nothing on screen asks nothing', () => {
    const { state, effects } = applyWithEffects(
      errandState({ size: { cols: 100, rows: 40 } }),
      { type: 'text/scroll', pages: 1 },
      { type: 'text/scroll', pages: 5 },
    );
    expect(state.scroll).toBe(0);
    expect(effects).toEqual([]);
  });

  it('a reset is saved as a reset, so marks made elsewhere meanwhile are cleared too', () => {
    const { effects } = applyWithEffects(
      errandState(),
      { type: 'reset/ask' },
      { type: 'confirm/yes' },
    );
    expect(effects).toEqual([
      { type: 'save-progress', guide: 'library-card', changes: [{ type: 'reset' }] },
    ]);
  });

  it('quitting and suspending are effects, not state', () => {
    expect(applyWithEffects(errandState(), { type: 'quit' }).effects).toEqual([{ type: 'quit' }]);
    expect(applyWithEffects(errandState(), { type: 'suspend' }).effects).toEqual([
      { type: 'suspend' },
    ]);
  });
});
