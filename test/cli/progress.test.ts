import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere } from '../helpers/cli.js';
import { BIN, ROOT } from '../helpers/terminal.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-progress-'));

describe('progress from the command line', () => {
  it('writes dates in English inside English sentences, whatever the locale', async () => {
    const configDir = fresh();
    const env = { ...fixedClock('2026-11-25T10:00:00Z'), LANG: 'de_DE.UTF-8' };
    expect((await runCliHere(['done', 'mail.request'], { configDir, env })).code).toBe(0);
    const text = (await runCliHere(['progress'], { configDir, env })).stdout;
    expect(text).toMatch(/Expect your PIN mailer between \w{3} \d+ \w{3} and \w{3} \d+ \w{3}/);
    expect(text).not.toMatch(/Dez|Mi\.|Do\./);
    // The country still comes from the region: German public holidays are skipped.
    expect(text).toContain('business days in DE');
  });

  it('marks, shows and undoes items by id', async () => {
    const configDir = fresh();
    expect((await runCliHere(['done', 'options', 'mail.request'], { configDir })).code).toBe(0);
    const json = JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout);
    expect(json).toMatchObject({
      guide: 'amex-pin',
      route: null,
      done: ['options', 'mail.request'],
      total: 14,
      completed: 2,
      percent: 14,
      next: 'online.register',
      wait: { item: 'mail.request', passed: false },
    });
    expect(json.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await runCliHere(['undo', 'options'], { configDir })).code).toBe(0);
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).done,
    ).toEqual(['mail.request']);
    const text = (await runCliHere(['progress'], { configDir })).stdout;
    expect(text).toContain('1/14 done');
    expect(text).toMatch(/Expect your PIN mailer between \w{3} \d+ \w{3} and /);
  });

  it('refuses unknown ids, naming close ones, and changes nothing', async () => {
    const configDir = fresh();
    const { code, stderr } = await runCliHere(['done', 'options', 'mail.reqest'], { configDir });
    expect(code).toBe(1);
    expect(stderr).toContain('no step or sub-step "mail.reqest" (did you mean: mail.request');
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).done,
    ).toEqual([]);
  });

  it('resets with --yes, and refuses without a terminal', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'options'], { configDir });
    const refused = await runCliHere(['reset'], { configDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('add --yes');
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).completed,
    ).toBe(1);
    expect((await runCliHere(['reset', '--yes'], { configDir })).code).toBe(0);
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).completed,
    ).toBe(0);
  });

  it('exports a Markdown checklist, to stdout or a file', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'phone'], { configDir });
    const { stdout } = await runCliHere(['export'], { configDir });
    expect(stdout).toMatch(/^# Get your American Express PIN/);
    expect(stdout).toMatch(/^- \[x\] 3\. Call customer service .*done \d+ \w{3}$/m);
    expect(stdout).toMatch(/^ {2}- \[x\] 3\.1 Find the right number/m);
    expect(stdout).toMatch(/^- \[ \] 4\. Ask for a PIN mailer/m);
    const output = join(configDir, 'out.md');
    expect((await runCliHere(['export', '--output', output], { configDir })).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(stdout);
    const bad = await runCliHere(['export', '--output', join(configDir, 'missing', 'x.md')], {
      configDir,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('cannot write');
  });

  it('prints where progress is kept', async () => {
    const configDir = fresh();
    expect((await runCliHere(['config-path'], { configDir })).stdout.trim()).toBe(
      join(configDir, 'progress.json'),
    );
  });

  it('moves a damaged file aside with a message on stderr and carries on', async () => {
    const configDir = fresh();
    writeFileSync(join(configDir, 'progress.json'), '{"formatVersion":');
    const { code, stderr } = await runCliHere(['done', 'options'], { configDir });
    expect(code).toBe(0);
    expect(stderr).toMatch(/stepwise: Saved progress is not valid JSON: moved it to .*corrupt-/);
    expect(readdirSync(configDir).some((name) => name.includes('.corrupt-'))).toBe(true);
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).done,
    ).toEqual(['options']);
  });
});

// Permissions do not stop root, so as root these run the CLI as the unprivileged "nobody".
describe.skipIf(process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv'))(
  'files the user may not read or write',
  () => {
    const asNobody = (args: string[], configDir: string) => {
      const result = spawnSync(
        '/usr/bin/setpriv',
        ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH, STEPWISE_CONFIG_DIR: configDir },
          encoding: 'utf8',
        },
      );
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };

    it('an unreadable file is left as it is by a command that only reads, and moved aside by one that saves', async () => {
      const configDir = fresh();
      chmodSync(configDir, 0o777);
      writeFileSync(join(configDir, 'progress.json'), '{}', { mode: 0o000 });
      const read = asNobody(['progress', '--json'], configDir);
      expect(read.code).toBe(0);
      expect(read.stderr).toMatch(/cannot be read \(EACCES\): it is left as it is/);
      expect(existsSync(join(configDir, 'progress.json'))).toBe(true);
      const write = asNobody(['done', 'options'], configDir);
      expect(write.stderr).toMatch(/cannot be read \(EACCES\): moved it to/);
    });

    it('a read-only folder: the command says progress will not be saved, and exits 1', async () => {
      const configDir = fresh();
      const saved =
        '{"formatVersion":2,"guides":{"amex-pin":{"done":{"options":"2026-11-26T10:00:00.000Z"}}}}';
      writeFileSync(join(configDir, 'progress.json'), saved, { mode: 0o644 });
      chmodSync(configDir, 0o555);
      const { code, stderr } = asNobody(['done', 'mail.request'], configDir);
      expect(code).toBe(1);
      expect(stderr).toMatch(/progress will not be saved/);
      expect(readFileSync(join(configDir, 'progress.json'), 'utf8')).toBe(saved);
      const shown = asNobody(['progress', '--json'], configDir);
      expect(JSON.parse(shown.stdout).done).toEqual(['options']);
    });
  },
);

describe('many copies at once', () => {
  it('keeps every mark when eight processes mark different items at the same time', async () => {
    const configDir = fresh();
    const ids = [
      'options',
      'online.register',
      'online.retrieve',
      'phone.number',
      'phone.call',
      'mail.request',
      'mail.arrival',
      'after.secure',
    ];
    await Promise.all(
      ids.map(
        (id) =>
          new Promise<void>((done, fail) => {
            const child = spawn(process.execPath, [BIN, 'done', id], {
              cwd: ROOT,
              env: { ...process.env, STEPWISE_CONFIG_DIR: configDir },
              stdio: 'ignore',
            });
            child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`exit ${code}`))));
          }),
      ),
    );
    expect(
      JSON.parse((await runCliHere(['progress', '--json'], { configDir })).stdout).done.sort(),
    ).toEqual([...ids].sort());
  });
});

describe('a damaged progress file and commands that only read', () => {
  it('is left exactly as it is by due, progress, notes and export; done moves it aside and says so', async () => {
    const { readdirSync, writeFileSync, readFileSync } = await import('node:fs');
    const configDir = fresh();
    const file = join(configDir, 'progress.json');
    writeFileSync(file, '{"formatVersion": 2, "guides": ');
    for (const command of [['due'], ['progress'], ['notes'], ['export']]) {
      const run = await runCliHere(command, { configDir });
      expect(run.stderr, command.join(' ')).toMatch(/left as it is/);
      expect(readFileSync(file, 'utf8')).toBe('{"formatVersion": 2, "guides": ');
      expect(readdirSync(configDir).filter((name) => name.startsWith('progress.json.'))).toEqual(
        [],
      );
    }
    const done = await runCliHere(['done', 'options'], { configDir });
    expect(done.code).toBe(0);
    expect(done.stderr).toMatch(/moved it to .*progress\.json\.corrupt-/);
  });
});
