import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere } from '../helpers/cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-errands-'));

describe('stepwise config', () => {
  it('sets, gets and lists settings, in settings.json beside the progress file', async () => {
    const configDir = fresh();
    expect(await runCliHere(['config', 'set', 'country', 'gb'], { configDir })).toMatchObject({
      code: 0,
      stdout: 'country = GB\n',
    });
    expect((await runCliHere(['config', 'get', 'country'], { configDir })).stdout).toBe('GB\n');
    expect(
      JSON.parse((await runCliHere(['config', 'list', '--json'], { configDir })).stdout),
    ).toMatchObject({
      schemaVersion: 1,
      settings: { country: 'GB', symbols: 'auto' },
    });
    expect((await runCliHere(['config', 'path'], { configDir })).stdout.trim()).toBe(
      join(configDir, 'settings.json'),
    );
    expect(JSON.parse(readFileSync(join(configDir, 'settings.json'), 'utf8'))).toMatchObject({
      country: 'GB',
    });
  });

  it('refuses a bad value, listing the valid ones, and keeps the old one', async () => {
    const configDir = fresh();
    await runCliHere(['config', 'set', 'country', 'US'], { configDir });
    const unknown = await runCliHere(['config', 'set', 'country', 'XX'], { configDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /no public holidays are known for "XX": use auto, or one of these codes:\n( {2}[A-Z]{2}( [A-Z]{2}){0,19}\n)*.*\bGB\b[^]*\bUS\b/,
    );
    const bad = await runCliHere(['config', 'set', 'symbols', 'fancy'], { configDir });
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain('use auto, unicode or ascii');
    expect(await runCliHere(['config', 'get', 'contry'], { configDir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('did you mean "country"'),
    });
    expect((await runCliHere(['config', 'frobnicate'], { configDir })).code).toBe(2);
    expect((await runCliHere(['config', 'get', 'country'], { configDir })).stdout).toBe('US\n');
  });

  it('uses the defaults, and says so once, when the file is broken', async () => {
    const configDir = fresh();
    writeFileSync(join(configDir, 'settings.json'), '{ not json');
    const result = await runCliHere(['config', 'get', 'country'], { configDir });
    expect(result).toMatchObject({ code: 0, stdout: 'auto\n' });
    expect(result.stderr).toMatch(/settings\.json is not valid JSON; using defaults/);
    // Said once, however many times the command reads the settings.
    const listed = await runCliHere(['config', 'list'], { configDir });
    expect(listed.stderr.match(/not valid JSON/g)).toHaveLength(1);
    // Setting a value starts the file again.
    expect((await runCliHere(['config', 'set', 'country', 'DE'], { configDir })).code).toBe(0);
    expect(await runCliHere(['config', 'get', 'country'], { configDir })).toMatchObject({
      stdout: 'DE\n',
      stderr: '',
    });
  });

  it('draws ASCII symbols when the setting says so, whatever the locale', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'options'], { configDir });
    expect((await runCliHere(['progress'], { configDir })).stdout).toContain('·');
    await runCliHere(['config', 'set', 'symbols', 'ascii'], { configDir });
    expect((await runCliHere(['progress'], { configDir })).stdout).not.toMatch(/[^\x00-\x7f]/);
  });

  it('says why a setting cannot be saved', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const configDir = fresh();
    chmodSync(configDir, 0o500);
    const result = await runCliHere(['config', 'set', 'country', 'GB'], { configDir });
    chmodSync(configDir, 0o700);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write .*settings\.json/);
  });
});

describe('the country of business days', () => {
  const asked = async (configDir: string) =>
    await runCliHere(['done', 'mail.request'], {
      configDir,
      env: fixedClock('2026-11-25T15:00:00Z'),
    });
  const window = async (configDir: string, env: Record<string, string>) =>
    JSON.parse(
      (
        await runCliHere(['progress', '--json'], {
          configDir,
          env: { ...fixedClock('2026-11-26T10:00:00Z'), ...env },
        })
      ).stdout,
    ).wait;

  it('comes from STEPWISE_COUNTRY, else the setting, else the locale', async () => {
    const configDir = fresh();
    await asked(configDir);
    expect(await window(configDir, { LANG: 'en_US.UTF-8' })).toMatchObject({
      from: '2026-12-03',
      to: '2026-12-10',
      country: 'US',
      skipped: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
    });
    expect(await window(configDir, { LANG: 'en_GB.UTF-8' })).toMatchObject({
      from: '2026-12-02',
      country: 'GB',
    });
    await runCliHere(['config', 'set', 'country', 'US'], { configDir });
    expect(await window(configDir, { LANG: 'en_GB.UTF-8' })).toMatchObject({ country: 'US' });
    expect(await window(configDir, { LANG: 'en_US.UTF-8', STEPWISE_COUNTRY: 'gb' })).toMatchObject({
      country: 'GB',
    });
  });

  it('is weekends only, and says so, when the country is unknown', async () => {
    const configDir = fresh();
    await asked(configDir);
    expect(await window(configDir, { LANG: 'C.UTF-8' })).toMatchObject({
      from: '2026-12-02',
      country: null,
      holidaysKnown: false,
    });
    const text = (
      await runCliHere(['progress'], {
        configDir,
        env: { ...fixedClock('2026-11-26T10:00:00Z'), LANG: 'C.UTF-8' },
      })
    ).stdout;
    expect(text).toContain('(weekends only: no country set for public holidays');
  });
});

describe('stepwise note and notes', () => {
  it('keeps a note with its time, refuses secrets and unknown ids, and lists newest first', async () => {
    const configDir = fresh();
    const at = (iso: string) => ({ configDir, env: fixedClock(iso) });
    expect(
      await runCliHere(
        ['note', 'phone.call', 'Spoke', 'to', 'Dana,', 'ref', '48213577'],
        at('2026-11-25T10:00:00Z'),
      ),
    ).toMatchObject({
      code: 0,
      stdout: 'Noted on 3.2 What happens on the call, Wed, 25 Nov 2026, 10:00.\n',
    });
    await runCliHere(
      ['note', 'mail.request', 'Letter promised by 10 Dec'],
      at('2026-11-26T10:00:00Z'),
    );
    const refused = await runCliHere(['note', 'phone.call', 'my PIN is 4821'], { configDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not saved: the note looks like it holds a PIN');
    const unknown = await runCliHere(['note', 'phone.cal', 'x'], { configDir });
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('did you mean: phone.call'),
    });
    expect((await runCliHere(['note', 'phone.call'], { configDir })).code).toBe(2);

    const listed = JSON.parse((await runCliHere(['notes', '--json'], { configDir })).stdout);
    expect(listed.notes.map((note: { item: string }) => note.item)).toEqual([
      'mail.request',
      'phone.call',
    ]);
    expect((await runCliHere(['notes'], { configDir })).stdout).toMatch(
      /Thu, 26 Nov 2026, 10:00 {2}4\.1 Request the mailer\n {4}Letter promised by 10 Dec\n/,
    );
    const progress = JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout);
    expect(progress.notes).toHaveLength(2);
    expect((await runCliHere(['export'], { configDir })).stdout).toContain(
      '- note, Wed, 25 Nov 2026, 10:00: Spoke to Dana, ref 48213577',
    );
    expect(readFileSync(join(configDir, 'progress.json'), 'utf8')).not.toContain('4821\n');
  });
});

describe('stepwise remind --ics', () => {
  it('writes a calendar file that a real parser reads', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'mail.request'], {
      configDir,
      env: fixedClock('2026-11-25T15:00:00Z'),
    });
    const output = join(configDir, 'errands.ics');
    const env = { ...fixedClock('2026-11-27T10:00:00Z'), LANG: 'en_US.UTF-8' };
    const result = await runCliHere(['remind', '--ics', '--output', output], { configDir, env });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain(`2 events written to ${output}`);
    const text = readFileSync(output, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['2026-12-03', '2026-12-11'],
      ['2026-12-11', '2026-12-12'],
    ]);
    expect((await runCliHere(['remind'], { configDir })).code).toBe(2);
    // Once the wait has run out there is nothing to remind of: it says so, and what to do.
    const late = await runCliHere(['remind', '--ics'], {
      configDir,
      env: { ...fixedClock('2026-12-20T10:00:00Z'), LANG: 'en_US.UTF-8' },
    });
    expect(late.stderr).toContain(
      'No open waits: the wait for Request the mailer has run out, so the calendar has no events',
    );
  });
});

describe('what the errand commands survive', () => {
  it('reset --yes keeps the notes, as the app does', async () => {
    const configDir = fresh();
    await runCliHere(['note', 'phone.call', 'called the bank'], { configDir });
    await runCliHere(['done', 'options'], { configDir });
    expect((await runCliHere(['reset', '--yes'], { configDir })).code).toBe(0);
    const after = JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout);
    expect(after.done).toEqual([]);
    expect(after.notes).toHaveLength(1);
  });

  it('a done time far in the future or past is dropped, never a crash', async () => {
    const configDir = fresh();
    writeFileSync(
      join(configDir, 'progress.json'),
      JSON.stringify({
        formatVersion: 2,
        guides: {
          'amex-pin': {
            done: {
              'mail.request': '+275760-09-13T00:00:00.000Z',
              options: '0001-01-01T00:00:00Z',
            },
          },
        },
      }),
    );
    for (const command of [['progress'], ['due'], ['remind', '--ics']]) {
      const result = await runCliHere(command, { configDir });
      expect(result.stderr).not.toMatch(/unexpected error|Invalid time/);
      expect([0, 3]).toContain(result.code);
    }
  });

  it('refuses to save settings over a pipe, at once', async () => {
    const configDir = fresh();
    const fifo = join(configDir, 'settings.json');
    spawnSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = await runCliHere(['config', 'set', 'country', 'GB'], { configDir });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/settings\.json is not a regular file/);
  });

  it('copies a file with unreadable entries only when it saves, and once', async () => {
    const configDir = fresh();
    writeFileSync(
      join(configDir, 'progress.json'),
      JSON.stringify({ formatVersion: 2, guides: { 'amex-pin': { done: { options: 'never' } } } }),
    );
    // Commands that only read leave the file, and its folder, as they are.
    for (let run = 0; run < 3; run += 1) await runCliHere(['due'], { configDir });
    expect(readdirSync(configDir).filter((name) => name.includes('.before-'))).toHaveLength(0);
    for (let run = 0; run < 2; run += 1) await runCliHere(['done', 'options'], { configDir });
    expect(readdirSync(configDir).filter((name) => name.includes('.before-'))).toHaveLength(1);
  });

  it('says when STEPWISE_COUNTRY is not a country code', async () => {
    const result = await runCliHere(['progress'], {
      configDir: fresh(),
      env: { STEPWISE_COUNTRY: 'GBR' },
    });
    expect(result.stderr).toContain('STEPWISE_COUNTRY="GBR" is not a two-letter country code');
  });

  it('keeps settings it does not know when it saves one', async () => {
    const configDir = fresh();
    writeFileSync(join(configDir, 'settings.json'), '{"country":"GB","future":"x"}');
    expect((await runCliHere(['config', 'set', 'theme', 'light'], { configDir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(configDir, 'settings.json'), 'utf8'))).toMatchObject({
      country: 'GB',
      theme: 'light',
      future: 'x',
    });
  });
});

describe('--output -', () => {
  it('is standard output, not a file named "-"', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'mail.request'], { configDir });
    const result = await runCliHere(['remind', '--ics', '--output', '-'], { configDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const exported = await runCliHere(['export', '-o', '-'], { configDir });
    expect(exported.stdout).toMatch(/^# Get your American Express PIN/);
  });
});

describe('settings written at once', () => {
  it('keep every value when four config set run together, in a private file', async () => {
    const configDir = join(fresh(), 'config');
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/terminal.js');
    const run = (args: string[]) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [BIN, 'config', 'set', ...args], {
          env: { ...process.env, STEPWISE_CONFIG_DIR: configDir },
          stdio: 'ignore',
        });
        child.on('exit', (code) => done(code ?? -1));
      });
    const codes = await Promise.all([
      run(['country', 'GB']),
      run(['symbols', 'ascii']),
      run(['theme', 'light']),
      run(['mouse', 'off']),
    ]);
    expect(codes).toEqual([0, 0, 0, 0]);
    expect(JSON.parse(readFileSync(join(configDir, 'settings.json'), 'utf8'))).toMatchObject({
      country: 'GB',
      symbols: 'ascii',
      theme: 'light',
      mouse: 'off',
    });
    const { statSync } = await import('node:fs');
    expect(statSync(join(configDir, 'settings.json')).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
  });
});

describe('messages that read right', () => {
  it('says a file just past a limit is larger than it, and why a settings file was ignored', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'stepwise-words-'));
    writeFileSync(join(configDir, 'progress.json'), 'a'.repeat(20 * 1024 * 1024 + 10));
    const moved = await runCliHere(['done', '1'], { configDir });
    expect(moved.stderr).toMatch(/too large \(20,971,530 bytes; at most 20 MB\)/);
    writeFileSync(join(configDir, 'settings.json'), '[]');
    expect((await runCliHere(['config', 'list'], { configDir })).stderr).toMatch(
      /ignored the file, which is not a JSON object;/,
    );
  });
});
