// Multi-day errands in a real terminal: the note editor, and a wait that runs out, under a fixed
// clock (test/helpers/fixed-clock.mjs) so that "today" is the same on every run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock, runCli } from '../helpers/cli.js';
import { KEYS, TestTerminal } from '../helpers/terminal.js';

const terminals: TestTerminal[] = [];
afterEach(() => terminals.splice(0).forEach((terminal) => terminal.dispose()));
const open = (configDir: string, env: Record<string, string> = {}) => {
  const terminal = new TestTerminal({ configDir, env });
  terminals.push(terminal);
  return terminal;
};
const TAB_BAR = /1 Steps.*4 Progress/;
const configDir = () => mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));

describe('the note editor', () => {
  it('writes, refuses a secret, saves with the time, keeps it across a restart and deletes it', async () => {
    const dir = configDir();
    const clock = fixedClock('2026-11-27T14:05:00Z');
    const app = open(dir, clock);
    await app.waitFor(TAB_BAR);
    // Down to "3. Call customer service", open it: its first sub-step is selected.
    app.write(KEYS.down + KEYS.down);
    app.write(KEYS.enter);
    await app.waitFor('›   ○ 3.1 Find the right number');
    app.write('n');
    await app.waitFor('Note on 3.1 Find the right number:');
    // A card number is refused whole, and the editor stays open.
    app.write('\x1b[200~card 4111 1111 1111 1111\x1b[201~');
    await app.waitFor('That looks like a card number');
    app.write(KEYS.enter);
    await app.waitFor(/not saved: the note looks like it holds a card number/);
    for (let index = 0; index < 24; index += 1) app.write(KEYS.backspace);
    await app.waitFor((screen) => /Note on 3\.1 Find the right number: *$/m.test(screen));
    // Letters that are keys elsewhere (q quits, x deletes) are text here.
    app.write('Spoke to Sam (q: ref 48213577, x)');
    await app.waitFor('Spoke to Sam (q: ref 48213577, x)');
    app.write(KEYS.enter);
    const saved = await app.waitFor('Note saved.');
    expect(saved).toContain('Notes (1)');
    expect(saved.replace(/\s*│\s*/g, ' ')).toContain(
      '1. Fri, 27 Nov 2026, 14:05 Spoke to Sam (q: ref 48213577, x)',
    );
    app.write('q');
    expect((await app.exit()).exitCode).toBe(0);

    const listed = runCli(['notes', '--json'], { configDir: dir });
    expect(JSON.parse(listed.stdout).notes).toEqual([
      {
        item: 'phone.number',
        at: expect.stringMatching(/^2026-11-27T14:05/),
        text: 'Spoke to Sam (q: ref 48213577, x)',
      },
    ]);

    const again = open(dir, clock);
    await again.waitFor('Notes (1)');
    again.write('x');
    await again.waitFor(/Delete the note of Fri, 27 Nov 2026, 14:05, "Spoke to Sam.*y deletes it/);
    again.write('n');
    await again.waitFor((screen) => !screen.includes('Delete the note'));
    again.write('x');
    await again.waitFor('y deletes it');
    again.write('y');
    const gone = await again.waitFor('Note deleted.');
    expect(gone).not.toContain('Notes (1)');
    again.write('q');
    await again.exit();
    expect(JSON.parse(runCli(['notes', '--json'], { configDir: dir }).stdout).notes).toEqual([]);
  });
});

describe('a wait that runs out', () => {
  // The mailer was asked for on Wed 25 Nov 2026, in the US: Thanksgiving is skipped, so it is
  // expected Thu 3 Dec to Thu 10 Dec, and overdue from Fri 11 Dec (written the US way).
  const askedForMailer = () => {
    const dir = configDir();
    writeFileSync(
      join(dir, 'progress.json'),
      JSON.stringify({
        formatVersion: 2,
        guides: {
          'amex-pin': {
            done: { 'mail.request': '2026-11-25T15:00:00.000Z' },
            route: 'mail',
            lastUsed: '2026-11-25T15:01:00.000Z',
          },
        },
      }),
    );
    return dir;
  };
  const US = { LANG: 'en_US.UTF-8' };

  it('is shown with its holiday-aware window while it is open', async () => {
    const dir = askedForMailer();
    const app = open(dir, { ...fixedClock('2026-12-01T10:00:00Z'), ...US });
    await app.waitFor('Welcome back');
    app.write('4');
    const screen = await app.waitFor('Waiting');
    expect(screen.replace(/\s+│?\s*/g, ' ')).toContain(
      'Expect your PIN mailer between Thu, Dec 3 and Thu, Dec 10 (9 days left). Requested Wed, Nov 25 (business days in US, not counting Thanksgiving Day on Thu, Nov 26)',
    );
    // And where people look: in Steps, on the item that asked for it and on the one that ends it.
    app.write('1jjj\r');
    await app.waitFor('›   ● 4.1 Request the mailer');
    const sentence = 'Expect your PIN mailer between Thu, Dec 3 and Thu, Dec 10 (9 days left).';
    // The text beside the list, read on its own.
    const text = () =>
      app
        .screen()
        .split('\n')
        .map((line) => line.split('│')[1] ?? '')
        .join(' ')
        .replace(/\s+/g, ' ');
    expect(text()).toContain(sentence);
    app.write('j');
    await app.waitFor('›   ○ 4.2 When the mailer arrives');
    expect(text()).toContain(sentence);
  });

  it('is overdue after its window: the banner, the Progress pane and c lead to the fallback step', async () => {
    const dir = askedForMailer();
    const app = open(dir, { ...fixedClock('2026-12-14T10:00:00Z'), ...US });
    const welcome = await app.waitFor('Welcome back');
    expect(welcome.replace(/\s+/g, ' ')).toMatch(
      /Your PIN mailer is 4 days late: it was expected by Thu, Dec 10\. Press c for 3\. Call customer service\. Welcome back/,
    );
    app.write('4');
    const pane = await app.waitFor('Overdue');
    expect(pane.replace(/\s+│?\s*/g, ' ')).toContain(
      'Overdue Your PIN mailer is 4 days late: it was expected by Thu, Dec 10.',
    );
    app.write('c');
    const steps = await app.waitFor('[1 Steps]');
    expect(steps).toContain('›   ○ 3.1 Find the right number');

    const progress = runCli(['progress', '--json'], {
      configDir: dir,
      env: { ...fixedClock('2026-12-14T10:00:00Z'), ...US },
    });
    expect(JSON.parse(progress.stdout).wait).toMatchObject({
      from: '2026-12-03',
      to: '2026-12-10',
      passed: true,
      then: 'phone',
      country: 'US',
    });
  });

  it('ends when the mailer is marked as come: no late wait in the app or in due, weeks later', async () => {
    const dir = askedForMailer();
    runCli(['done', 'mail.arrival'], {
      configDir: dir,
      env: { ...fixedClock('2026-12-08T10:00:00Z'), ...US },
    });
    const app = open(dir, { ...fixedClock('2027-01-10T10:00:00Z'), ...US });
    const welcome = await app.waitFor('Welcome back');
    expect(welcome).not.toMatch(/late|Expect your PIN mailer/);
    app.write('4');
    const pane = await app.waitFor('[4 Progress]');
    expect(pane).not.toMatch(/Overdue|Waiting/);
    const due = runCli(['due'], {
      configDir: dir,
      env: { ...fixedClock('2027-01-10T10:00:00Z'), ...US },
    });
    expect(due).toMatchObject({ code: 0, stdout: '' });
  });

  it('is due: stepwise due exits 3 with a line, and 0 with no output when nothing is', () => {
    const dir = askedForMailer();
    const at = (day: string) =>
      runCli(['due'], { configDir: dir, env: { ...fixedClock(`${day}T10:00:00Z`), ...US } });
    expect(at('2026-12-07')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const opens = at('2026-12-03');
    expect(opens.code).toBe(3);
    expect(opens.stdout).toContain('Expect your PIN mailer any day now, by Thu, Dec 10');
    const late = at('2026-12-14');
    expect(late.code).toBe(3);
    expect(late.stdout).toMatch(
      /Your PIN mailer is 4 days late: .* If it has not come, turn to 3\. Call customer service\./,
    );
    const gb = runCli(['due', '--json'], {
      configDir: dir,
      env: { ...fixedClock('2026-12-09T10:00:00Z'), LANG: 'en_GB.UTF-8' },
    });
    // In GB, Thanksgiving is a working day: the window is 2 to 9 Dec, so the 9th is its last day.
    expect(JSON.parse(gb.stdout).due).toEqual([
      expect.objectContaining({ kind: 'ends', from: '2026-12-02', to: '2026-12-09' }),
    ]);
  });
});
