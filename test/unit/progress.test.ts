import { describe, expect, it } from 'vitest';
import {
  countedTasks,
  findTask,
  isDone,
  progressChanges,
  summarize,
  toggleDone,
  type Progress,
} from '../../source/domain/progress/progress.js';
import { errandGuide, NOW_ISO } from '../helpers/guides.js';

const guide = errandGuide();
const task = (id: string) => {
  const found = findTask(guide, id);
  if (!found) throw new Error(id);
  return found;
};
const empty: Progress = { done: new Map() };

describe('progress rules', () => {
  it('rolls sub-steps up into their step', () => {
    const one = toggleDone(empty, task('online.register'), NOW_ISO);
    expect(isDone(one, task('online'))).toBe(false);
    const both = toggleDone(one, task('online.retrieve'), NOW_ISO);
    expect(isDone(both, task('online'))).toBe(true);
  });

  it('marks all sub-steps of a step at once, and clears them all again', () => {
    const marked = toggleDone(empty, task('phone'), NOW_ISO);
    expect([...marked.done.keys()]).toEqual(['phone.number', 'phone.call']);
    const half = toggleDone(
      toggleDone(empty, task('phone.call'), 'earlier'),
      task('phone'),
      NOW_ISO,
    );
    expect(half.done.get('phone.call')).toBe('earlier');
    expect(toggleDone(marked, task('phone'), NOW_ISO).done.size).toBe(0);
  });

  it('counts all 13 items until a route is chosen, then shared steps plus that route', () => {
    expect(countedTasks(guide, empty)).toHaveLength(13);
    expect(countedTasks(guide, { done: new Map(), route: 'mail' }).map((t) => t.id)).toEqual([
      'options',
      'mail',
      'mail.request',
      'mail.arrival',
      'after',
      'after.secure',
      'after.use',
    ]);
  });

  it('finds the next unfinished item on the route, skipping steps that have sub-steps', () => {
    expect(summarize(guide, empty).next?.id).toBe('options');
    const progress = toggleDone({ done: new Map(), route: 'mail' }, task('options'), NOW_ISO);
    expect(summarize(guide, progress).next?.id).toBe('mail.request');
    expect(summarize(guide, progress)).toMatchObject({ completed: 1, total: 7, percent: 14 });
  });

  it('ignores ids the guide no longer has', () => {
    const progress: Progress = {
      done: new Map([
        ['removed.item', NOW_ISO],
        ['options', NOW_ISO],
      ]),
    };
    expect(summarize(guide, progress).completed).toBe(1);
  });

  it('lists the changes between two versions item by item', () => {
    const before: Progress = {
      done: new Map([
        ['a', '1'],
        ['b', '2'],
      ]),
    };
    const after: Progress = {
      done: new Map([
        ['b', '2'],
        ['c', '3'],
      ]),
      route: 'mail',
    };
    expect(progressChanges(before, after)).toEqual([
      { type: 'done', item: 'c', at: '3' },
      { type: 'undone', item: 'a' },
      { type: 'route', route: 'mail' },
    ]);
  });
});

describe('a reset, saved as what it is', () => {
  it('clears the marks and the route of the latest record, and keeps the notes', async () => {
    const { applyChanges } = await import('../../source/domain/progress/progress.js');
    const note = { item: 'a', at: '2026-11-01T10:00:00.000Z', text: 'called, ref 1' };
    const record = {
      done: new Map([['a', '2026-11-01T10:00:00.000Z']]),
      route: 'mail',
      notes: [note],
    };
    const after = applyChanges(record, [{ type: 'reset' }], '2026-11-02T10:00:00.000Z');
    expect(after.done.size).toBe(0);
    expect(after.route).toBeUndefined();
    expect(after.notes).toEqual([note]);
  });
});
