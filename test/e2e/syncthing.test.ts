// Two "computers" (two config folders) whose sync folders are kept in step by real Syncthing, as a
// person would set it up: marks and notes travel both ways, and changes made on both sides while
// Syncthing is paused come together once it runs again.

import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasSyncthing, scanNow, startSyncthing, type Instance } from '../helpers/syncthing.js';

const available = hasSyncthing();
if (!available) {
  console.warn(
    'Skipping the Syncthing test: syncthing is not installed (Debian: apt install syncthing).',
  );
}

const root = mkdtempSync(join(tmpdir(), 'stepwise-syncthing-'));
const computers = ['laptop', 'desktop'].map((name) => ({
  config: join(root, name, 'config'),
  folder: join(root, name, 'Sync', 'stepwise'),
}));
const run = (which: number, args: string[]) =>
  runCli(args, { configDir: computers[which]!.config });
const progressOf = (which: number) =>
  JSON.parse(run(which, ['progress', '--json']).stdout) as { done: string[] };
const routeOf = (which: number) =>
  (JSON.parse(run(which, ['progress', '--json']).stdout) as { route: string | null }).route;
const notesOf = (which: number) =>
  (JSON.parse(run(which, ['notes', '--json']).stdout).notes as { text: string }[]).map(
    (note) => note.text,
  );

/** Waits for what `check` wants to be true on the other computer, asking Syncthing to hurry. */
async function until(check: () => boolean, instances: readonly Instance[], what: string) {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) {
      const seen = computers.map((_, which) => ({
        done: progressOf(which).done,
        route: routeOf(which),
        notes: notesOf(which),
      }));
      throw new Error(`Syncthing did not bring over ${what}: ${JSON.stringify(seen)}`);
    }
    await Promise.all(instances.map((instance) => scanNow(instance).catch(() => undefined)));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe.skipIf(!available)('progress synced by real Syncthing', () => {
  let instances: Instance[] = [];

  beforeAll(async () => {
    for (const computer of computers) mkdirSync(computer.folder, { recursive: true });
    instances = await startSyncthing(
      root,
      computers.map((computer) => computer.folder),
    );
    for (const [index, computer] of computers.entries()) {
      expect(run(index, ['config', 'set', 'sync-dir', computer.folder]).code).toBe(0);
    }
  }, 60_000);

  afterAll(() => {
    for (const instance of instances) instance.stop();
  });

  it('marks and notes travel both ways', async () => {
    expect(run(0, ['done', 'options', 'mail.request']).code).toBe(0);
    expect(run(0, ['note', 'mail.request', 'Asked for the letter']).code).toBe(0);
    await until(
      () => progressOf(1).done.length === 2 && notesOf(1).length === 1,
      instances,
      'marks from the laptop',
    );
    expect(notesOf(1)).toEqual(['Asked for the letter']);
    expect(run(1, ['undo', 'options']).code).toBe(0);
    expect(run(1, ['note', 'options', 'Chose the mail route']).code).toBe(0);
    await until(
      () => progressOf(0).done.length === 1 && notesOf(0).length === 2,
      instances,
      'an unmark from the desktop',
    );
    expect(progressOf(0).done).toEqual(['mail.request']);
  }, 90_000);

  it('changes made on both sides while paused come together, the later one winning', async () => {
    for (const [index, instance] of instances.entries()) {
      const other = instances[1 - index]!;
      await instance.api('POST', `/rest/system/pause?device=${other.id}`);
    }
    expect(run(0, ['done', 'online.register']).code).toBe(0);
    expect(run(1, ['done', 'phone.call']).code).toBe(0);
    // The same thing changed on both sides: the desktop's route is chosen later, and wins.
    expect(run(0, ['route', 'online']).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run(1, ['route', 'phone']).code).toBe(0);
    expect(run(0, ['note', 'online.register', 'Made an account']).code).toBe(0);
    expect(run(1, ['note', 'phone.call', 'Called from the desk']).code).toBe(0);
    // Nothing has travelled while paused.
    expect(progressOf(0).done).not.toContain('phone.call');
    for (const instance of instances) await instance.api('POST', '/rest/system/resume');
    const want = ['mail.request', 'online.register', 'phone.call'];
    await until(
      () =>
        [0, 1].every(
          (which) =>
            JSON.stringify([...progressOf(which).done].sort()) === JSON.stringify(want) &&
            routeOf(which) === 'phone' &&
            notesOf(which).length === 4,
        ),
      instances,
      'the changes made while paused',
    );
    // Each computer wrote only its own file; Syncthing made no conflict copies.
    for (const computer of computers) {
      const files = readdirSync(computer.folder).filter((name) => !name.startsWith('.'));
      expect(files).toHaveLength(2);
      expect(files.every((name) => /^stepwise-[a-z0-9]+\.json$/.test(name))).toBe(true);
    }
  }, 120_000);
});
