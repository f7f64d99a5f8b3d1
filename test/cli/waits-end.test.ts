// A wait never outlives its purpose: over several (fixed-clock) days, on the command line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere } from '../helpers/cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-waits-'));
const on = (day: string) => ({ env: fixedClock(`${day}T15:00:00.000Z`) });

describe('a wait', () => {
  it('ends when the letter is marked as come: due says nothing, progress names no wait', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'options', 'mail.request'], { configDir, ...on('2026-12-07') });
    await runCliHere(['done', 'mail.arrival', 'after.secure', 'after.use'], {
      configDir,
      ...on('2026-12-15'),
    });
    const due = await runCliHere(['due'], { configDir, ...on('2027-01-10') });
    expect(due.code).toBe(0);
    expect(due.stdout).not.toMatch(/overdue/i);
    const progress = await runCliHere(['progress', '--json'], { configDir, ...on('2027-01-10') });
    expect(JSON.parse(progress.stdout).wait).toBeUndefined();
    expect((await runCliHere(['progress'], { configDir, ...on('2027-01-10') })).stdout).not.toMatch(
      /overdue/i,
    );
  });

  it('ends when everything on the way is done, even with the letter never marked', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'options', 'mail.request'], { configDir, ...on('2026-12-07') });
    await runCliHere(['route', 'mail'], { configDir, ...on('2026-12-07') });
    await runCliHere(['done', 'after'], { configDir, ...on('2026-12-20') });
    // Step 4 is all the mail route has left: marking it whole finishes the guide.
    await runCliHere(['done', 'mail'], { configDir, ...on('2026-12-20') });
    const due = await runCliHere(['due'], { configDir, ...on('2027-01-10') });
    expect(due.code).toBe(0);
    expect((await runCliHere(['progress'], { configDir, ...on('2027-01-10') })).stdout).not.toMatch(
      /overdue|waiting/i,
    );
  });

  it('asked online ends when the PIN is in hand, as it is at once when the site shows it', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'online.retrieve'], { configDir, ...on('2026-12-07') });
    expect(
      JSON.parse(
        (await runCliHere(['progress', '--json'], { configDir, ...on('2026-12-07') })).stdout,
      ).wait,
    ).toMatchObject({ item: 'online.retrieve' });
    await runCliHere(['done', 'online.have'], { configDir, ...on('2026-12-07') });
    expect(
      JSON.parse(
        (await runCliHere(['progress', '--json'], { configDir, ...on('2026-12-07') })).stdout,
      ).wait,
    ).toBeUndefined();
    expect((await runCliHere(['due'], { configDir, ...on('2027-01-10') })).code).toBe(0);
  });

  it('that runs out with nothing to end it is still overdue, and due says so', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'options', 'mail.request'], { configDir, ...on('2026-12-07') });
    const due = await runCliHere(['due'], { configDir, ...on('2027-01-10') });
    expect(due.code).toBe(3);
  });
});

describe('STEPWISE_COUNTRY', () => {
  it('names a country whose holidays are unknown, as config set does, and counts weekends only', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'mail.request'], { configDir, ...on('2026-12-07') });
    const run = await runCliHere(['progress'], {
      configDir,
      env: { ...on('2026-12-08').env, STEPWISE_COUNTRY: 'XX' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/STEPWISE_COUNTRY="XX": no public holidays are known for it/);
    const known = await runCliHere(['progress'], {
      configDir,
      env: { ...on('2026-12-08').env, STEPWISE_COUNTRY: 'GB' },
    });
    expect(known.stderr).toBe('');
  });
});
