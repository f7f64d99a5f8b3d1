import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere, type CliResult } from '../helpers/cli.js';
import { BIN, ROOT } from '../helpers/terminal.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-sync-'));

type Machine = {
  readonly config: string;
  readonly run: (args: string[], env?: Record<string, string>) => Promise<CliResult>;
  readonly done: () => Promise<string[]>;
  readonly notes: () => Promise<string[]>;
};

/** A computer of its own: a config folder, commands run against it. */
function machine(root: string, name: string): Machine {
  const config = join(root, name);
  const run = (args: string[], env: Record<string, string> = {}) =>
    runCliHere(args, { configDir: config, env });
  return {
    config,
    run,
    done: async () => JSON.parse((await run(['progress', '--json'])).stdout).done as string[],
    notes: async () =>
      (JSON.parse((await run(['notes', '--json'])).stdout).notes as { text: string }[]).map(
        (n) => n.text,
      ),
  };
}

/** Two or more computers sharing one sync folder, each turned on as a person would. */
async function setUp(count: number) {
  const root = fresh();
  const folder = join(root, 'Sync', 'stepwise');
  const machines = Array.from({ length: count }, (_, index) => machine(root, `m${index}`));
  for (const each of machines) {
    const result = await each.run(['config', 'set', 'sync-dir', folder]);
    expect(result.code, result.stderr).toBe(0);
  }
  return { root, folder, machines };
}

const filesIn = (folder: string) => readdirSync(folder).sort();
const deviceOf = (config: string) =>
  (JSON.parse(readFileSync(join(config, 'device.json'), 'utf8')) as { id: string }).id;

describe('progress through a sync folder', () => {
  it('marks, unmarks and notes travel both ways; each computer writes only its own file', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    expect((await a.run(['done', 'options', 'mail.request'])).code).toBe(0);
    expect((await a.run(['note', 'mail.request', 'Asked for a PIN mailer'])).code).toBe(0);
    expect(await b.done()).toEqual(['options', 'mail.request']);
    expect(await b.notes()).toEqual(['Asked for a PIN mailer']);
    expect((await b.run(['undo', 'options'])).code).toBe(0);
    expect((await b.run(['note', 'options', 'Read the options'])).code).toBe(0);
    expect(await a.done()).toEqual(['mail.request']);
    expect((await a.notes()).sort()).toEqual(['Asked for a PIN mailer', 'Read the options']);
    // One file per device, named by its id; neither wrote the other's.
    const files = filesIn(folder);
    expect(files).toEqual(
      [`stepwise-${deviceOf(a.config)}.json`, `stepwise-${deviceOf(b.config)}.json`].sort(),
    );
    const aFile = JSON.parse(
      readFileSync(join(folder, `stepwise-${deviceOf(a.config)}.json`), 'utf8'),
    );
    expect(aFile.device).toBe(deviceOf(a.config));
    expect(JSON.stringify(aFile)).not.toContain('Read the options');
  });

  it('the route and a reset travel; a reset keeps the notes, as it does locally', async () => {
    const { machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    expect((await a.run(['route', 'phone'])).code).toBe(0);
    expect((await a.run(['done', 'phone.call'])).code).toBe(0);
    expect((await a.run(['note', 'phone.call', 'Spoke to Sam'])).code).toBe(0);
    expect(JSON.parse((await b.run(['progress', '--json'])).stdout).route).toBe('phone');
    expect((await b.run(['reset', '--yes'])).code).toBe(0);
    const after = JSON.parse((await a.run(['progress', '--json'])).stdout);
    expect(after.route).toBeNull();
    expect(after.done).toEqual([]);
    expect(await a.notes()).toEqual(['Spoke to Sam']);
  });

  it('three computers: the latest change to an item wins everywhere', async () => {
    const { machines } = await setUp(3);
    const [a, b, c] = machines as [Machine, Machine, Machine];
    await a.run(['done', 'options']);
    await b.run(['undo', 'options']);
    await c.run(['done', 'options', 'online.register']);
    await b.run(['undo', 'online.register']);
    for (const each of machines) expect(await each.done()).toEqual(['options']);
  });

  it('a clock three days ahead cannot undo a later change made on a computer that has seen it', async () => {
    const { machines } = await setUp(2);
    const [fast, right] = machines as [Machine, Machine];
    const ahead = fixedClock(new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString());
    expect((await fast.run(['done', 'options'], ahead)).code).toBe(0);
    expect(await right.done()).toEqual(['options']);
    // Later, on the computer with the right clock: taken back.
    expect((await right.run(['undo', 'options'])).code).toBe(0);
    expect(await right.done()).toEqual([]);
    expect((await fast.run(['progress', '--json'], ahead)).code).toBe(0);
    expect(JSON.parse((await fast.run(['progress', '--json'], ahead)).stdout).done).toEqual([]);
  });

  it('a change stamped two months ahead is set aside, said, and applied once the clocks agree', async () => {
    const { folder, machines } = await setUp(2);
    const [wrong, right] = machines as [Machine, Machine];
    const month = fixedClock(new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString());
    expect((await wrong.run(['done', 'options'], month)).code).toBe(0);
    expect(await right.done()).toEqual([]);
    const status = await right.run(['sync']);
    expect(status.stdout).toMatch(/1 change is stamped more than 30 days ahead/);
    expect(filesIn(folder)).toHaveLength(2);
    // Seen from a clock as far ahead, it is there.
    expect(JSON.parse((await right.run(['progress', '--json'], month)).stdout).done).toEqual([
      'options',
    ]);
  });

  it('concurrent writers on two computers lose nothing', async () => {
    const { machines } = await setUp(2);
    const items = [
      'options',
      'online.register',
      'online.retrieve',
      'online.have',
      'phone.number',
      'phone.call',
      'mail.request',
      'mail.arrival',
      'after.secure',
      'after.use',
    ];
    const start = (who: Machine, item: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'done', item], {
          cwd: ROOT,
          env: { ...process.env, STEPWISE_CONFIG_DIR: who.config, LANG: 'C.UTF-8' },
          stdio: 'ignore',
        });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all(items.map((item, index) => start(machines[index % 2]!, item)));
    expect(codes.every((code) => code === 0)).toBe(true);
    for (const each of machines) expect(new Set(await each.done())).toEqual(new Set(items));
  }, 60_000);

  it('merges conflict copies, leaves damaged and newer files exactly as they are, and says so once', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    const aId = deviceOf(a.config);
    // A conflict copy of A's file from an older state that also had another mark: merged.
    const own = JSON.parse(readFileSync(join(folder, `stepwise-${aId}.json`), 'utf8'));
    own.guides['amex-pin'].marks['phone.call'] = {
      done: '2026-12-01T10:00:00.000Z',
      stamp: `2026-12-01T10:00:00.000Z+0@${aId}`,
    };
    const strange = {
      [`stepwise-${aId}.sync-conflict-20261206-120000-ABCDEFG.json`]: JSON.stringify(own),
      [`stepwise-${aId} (conflicted copy 2026-12-06).json`]: JSON.stringify(own),
      'stepwise-zzzz9999.json': '{"format": "stepwise-sync", "formatVersion": 1, "dev',
      'stepwise-yyyy8888.json': '',
      'stepwise-xxxx7777.json': JSON.stringify({
        format: 'stepwise-sync',
        formatVersion: 9,
        device: 'xxxx7777',
      }),
      '.stepwise-wwww6666.json.icloud': 'placeholder',
      '.syncthing.stepwise-vvvv5555.json.tmp': '{"half',
      'notes.txt': 'not ours',
    };
    for (const [name, text] of Object.entries(strange)) writeFileSync(join(folder, name), text);
    expect((await b.done()).sort()).toEqual(['options', 'phone.call']);
    const first = await b.run(['done', 'mail.request']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('stepwise-zzzz9999.json is not valid JSON');
    expect(first.stderr).toContain('stepwise-xxxx7777.json was written by a newer stepwise');
    expect(first.stderr).toContain('.stepwise-wwww6666.json.icloud is not downloaded yet');
    // Told once: the next command that saves does not say it again.
    const second = await b.run(['done', 'mail.arrival']);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    for (const [name, text] of Object.entries(strange)) {
      expect(readFileSync(join(folder, name), 'utf8')).toBe(text);
    }
    const status = JSON.parse((await b.run(['sync', '--json'])).stdout);
    expect(status.problems.map((p: { file: string }) => p.file).sort()).toEqual([
      '.stepwise-wwww6666.json.icloud',
      'stepwise-xxxx7777.json',
      'stepwise-yyyy8888.json',
      'stepwise-zzzz9999.json',
    ]);
    const aSeen = status.devices.find((d: { device: string }) => d.device === aId);
    expect(aSeen.files).toHaveLength(3);
  });

  it('a file that disappears for a moment loses nothing: the next write puts it back whole', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options', 'online.register']);
    await a.run(['note', 'options', 'Read it all']);
    const aFile = join(folder, `stepwise-${deviceOf(a.config)}.json`);
    // Delete-then-replace by a sync tool: gone while A writes its next change.
    rmSync(aFile);
    expect((await a.run(['done', 'online.retrieve'])).code).toBe(0);
    expect((await b.done()).sort()).toEqual(['online.register', 'online.retrieve', 'options']);
    expect(await b.notes()).toEqual(['Read it all']);
    // Gone again: `stepwise sync` writes it back without a change.
    rmSync(aFile);
    const status = await a.run(['sync']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("Wrote this computer's file to the folder again.");
    expect(await b.done()).toHaveLength(3);
  });

  it('a config folder copied to another computer is noticed: that computer takes its own id', async () => {
    const { root, folder, machines } = await setUp(1);
    const [a] = machines as [Machine];
    await a.run(['done', 'options']);
    const copy = machine(root, 'copy');
    cpSync(a.config, copy.config, { recursive: true });
    // The copy is on "another computer": its machine digest differs from the one kept.
    const device = JSON.parse(readFileSync(join(copy.config, 'device.json'), 'utf8'));
    writeFileSync(
      join(copy.config, 'device.json'),
      JSON.stringify({ ...device, machine: '0123456789abcdef' }),
    );
    const before = readFileSync(join(folder, `stepwise-${device.id}.json`), 'utf8');
    const result = await copy.run(['done', 'mail.request']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('made on another computer');
    expect(deviceOf(copy.config)).not.toBe(device.id);
    expect(readFileSync(join(folder, `stepwise-${device.id}.json`), 'utf8')).toBe(before);
    expect((await a.done()).sort()).toEqual(['mail.request', 'options']);
  });

  it('turning sync on merges what was done before; turning it off keeps a local copy', async () => {
    const root = fresh();
    const folder = join(root, 'shared');
    const a = machine(root, 'a');
    const b = machine(root, 'b');
    await a.run(['done', 'options']);
    await b.run(['done', 'mail.request']);
    await b.run(['note', 'mail.request', 'Letter asked for']);
    expect((await a.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    const joined = await b.run(['config', 'set', 'sync-dir', folder]);
    expect(joined.stdout).toContain('with 1 other device seen there');
    expect((await a.done()).sort()).toEqual(['mail.request', 'options']);
    const off = await b.run(['config', 'set', 'sync-dir', 'off']);
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('Kept a copy');
    expect((await b.done()).sort()).toEqual(['mail.request', 'options']);
    const local = JSON.parse(readFileSync(join(b.config, 'progress.json'), 'utf8'));
    expect(Object.keys(local.guides['amex-pin'].done).sort()).toEqual(['mail.request', 'options']);
    // Done while off, then on again: merged as a change made now.
    await b.run(['undo', 'options']);
    expect((await b.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    expect(await a.done()).toEqual(['mail.request']);
    expect(await a.notes()).toEqual(['Letter asked for']);
  });

  it('joining merges old marks by when they were made: a later change elsewhere still wins', async () => {
    const root = fresh();
    const folder = join(root, 'shared');
    const a = machine(root, 'a');
    const b = machine(root, 'b');
    const twoDaysAgo = fixedClock(new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString());
    expect((await b.run(['done', 'options', 'mail.request'], twoDaysAgo)).code).toBe(0);
    expect((await a.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    expect((await a.run(['done', 'options'])).code).toBe(0);
    expect((await a.run(['undo', 'options'])).code).toBe(0);
    expect((await b.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    // B's mark of two days ago does not undo A's unmark of today; B's other mark comes in.
    expect(await a.done()).toEqual(['mail.request']);
    expect(await b.done()).toEqual(['mail.request']);
  });

  it('work done with sync off for a run, or while it was off, is merged in when it syncs again', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    // One run without sync.
    const off = { STEPWISE_SYNC_DIR: 'off' };
    expect((await a.run(['done', 'phone.number'], off)).code).toBe(0);
    expect((await a.run(['note', 'phone.number', 'offline note'], off)).code).toBe(0);
    expect(await a.done()).toEqual(['options', 'phone.number']);
    expect(await a.notes()).toEqual(['offline note']);
    // Looking writes nothing; the next change, or `stepwise sync`, takes them to the folder.
    expect(await b.done()).toEqual(['options']);
    expect((await a.run(['sync'])).stdout).toContain(
      "Wrote this computer's file to the folder again.",
    );
    expect(await b.done()).toEqual(['options', 'phone.number']);
    // Turned off, a change, one synced run, more changes, turned on again: nothing lost.
    expect((await a.run(['config', 'set', 'sync-dir', 'off'])).code).toBe(0);
    await a.run(['done', 'online.register']);
    await a.run(['done', 'mail.request'], { STEPWISE_SYNC_DIR: folder });
    await a.run(['done', 'mail.arrival']);
    await a.run(['note', 'mail.arrival', 'later']);
    expect((await a.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    const want = ['mail.arrival', 'mail.request', 'online.register', 'options', 'phone.number'];
    expect((await a.done()).sort()).toEqual(want);
    expect((await b.done()).sort()).toEqual(want);
    expect((await b.notes()).sort()).toEqual(['later', 'offline note']);
  });

  it('an undo made while sync was off does not undo a later change made elsewhere', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options', 'online.register']);
    expect((await b.run(['config', 'set', 'sync-dir', 'off'])).code).toBe(0);
    const earlier = fixedClock(new Date(Date.now() - 60_000).toISOString());
    expect((await b.run(['undo', 'online.register'], earlier)).code).toBe(0);
    // Later, on A: taken back and marked again.
    await a.run(['undo', 'online.register']);
    await a.run(['done', 'online.register']);
    expect((await b.run(['config', 'set', 'sync-dir', folder])).code).toBe(0);
    expect((await a.done()).sort()).toEqual(['online.register', 'options']);
    expect((await b.done()).sort()).toEqual(['online.register', 'options']);
  });

  it('a change made while the clock was a year ahead travels once the clock is right again', async () => {
    const { machines } = await setUp(2);
    const [laptop, desk] = machines as [Machine, Machine];
    const yearAhead = fixedClock(new Date(Date.now() + 360 * 24 * 3600 * 1000).toISOString());
    expect((await laptop.run(['done', 'online.retrieve'], yearAhead)).code).toBe(0);
    expect(await desk.done()).toEqual([]);
    // The clock is put right; the next change stamps the earlier one again, as made now.
    expect((await laptop.run(['done', 'online.have'])).code).toBe(0);
    expect((await desk.done()).sort()).toEqual(['online.have', 'online.retrieve']);
    expect((await desk.run(['sync'])).stdout).not.toContain('ahead');
    // And a later change on the desk still wins over it.
    expect((await desk.run(['undo', 'online.retrieve'])).code).toBe(0);
    expect(await laptop.done()).toEqual(['online.have']);
  });

  it('every file holds all its computer knew: a new folder, or a computer retired, loses nothing', async () => {
    const root = fresh();
    const first = join(root, 'F1');
    const second = join(root, 'F2');
    const [p1, p2, p3, p4] = ['p1', 'p2', 'p3', 'p4'].map((name) => machine(root, name)) as [
      Machine,
      Machine,
      Machine,
      Machine,
    ];
    await p1.run(['config', 'set', 'sync-dir', first]);
    await p2.run(['config', 'set', 'sync-dir', first]);
    await p1.run(['done', 'options']);
    await p2.run(['done', 'online.register']);
    await p2.run(['note', 'online.register', 'from p2']);
    // p1 moves to another folder, where p3 joins it.
    await p1.run(['config', 'set', 'sync-dir', second]);
    await p3.run(['config', 'set', 'sync-dir', second]);
    expect((await p3.done()).sort()).toEqual(['online.register', 'options']);
    expect(await p3.notes()).toEqual(['from p2']);
    // p2 is retired: its file deleted. A new computer on the first folder still gets its work.
    rmSync(join(first, `stepwise-${deviceOf(p2.config)}.json`));
    await p4.run(['config', 'set', 'sync-dir', first]);
    expect((await p4.done()).sort()).toEqual(['online.register', 'options']);
    expect(await p4.notes()).toEqual(['from p2']);
  });

  it('a peer file too large to be progress is not merged, and nothing slows down', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    const guides: Record<string, unknown> = {};
    const stamp = `2026-12-01T10:00:00.000Z+0@evil1234`;
    for (let index = 0; index < 30_000; index += 1) {
      guides[`g${index}`] = {
        marks: { a: { done: '2026-12-01T10:00:00.000Z', stamp } },
        notes: [{ item: 'a', at: '2026-12-01T10:00:00.000Z', text: 'x'.repeat(150), stamp }],
      };
    }
    const big = JSON.stringify({
      format: 'stepwise-sync',
      formatVersion: 1,
      device: 'evil1234',
      guides,
    });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    writeFileSync(join(folder, 'stepwise-evil1234.json'), big);
    const result = await b.run(['done', 'online.register']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('stepwise-evil1234.json is too large');
    expect((await b.done()).sort()).toEqual(['online.register', 'options']);
    expect(readFileSync(join(b.config, 'sync-replica.json'), 'utf8').length).toBeLessThan(20_000);
  });

  it('device files are found among thousands of other files', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    for (let index = 0; index < 10_050; index += 1) writeFileSync(join(folder, `A${index}`), '');
    await a.run(['done', 'options']);
    expect(await b.done()).toEqual(['options']);
  });

  it('refuses a sync folder that reaches the config folder through a link or a "..", and changes nothing when it refuses', async () => {
    const { root, folder, machines } = await setUp(1);
    const [a] = machines as [Machine];
    await a.run(['done', 'options']);
    const replica = readFileSync(join(a.config, 'sync-replica.json'), 'utf8');
    mkdirSync(join(root, 'links'));
    symlinkSync(a.config, join(root, 'links', 'to-config'));
    symlinkSync(root, join(root, 'links', 'to-parent'));
    for (const bad of [
      join(root, 'links', 'to-config'),
      join(root, 'links', 'to-parent'),
      join(a.config, 'inside'),
      '/dev',
    ]) {
      const result = await a.run(['config', 'set', 'sync-dir', bad]);
      expect(result.code, bad).toBe(1);
      expect(result.stdout, bad).toBe('');
    }
    expect((await a.run(['config', 'get', 'sync-dir'])).stdout.trim()).toBe(folder);
    expect(readFileSync(join(a.config, 'sync-replica.json'), 'utf8')).toBe(replica);
    // "..sync" is a name, not the parent: inside the config folder, so refused too.
    expect((await a.run(['config', 'set', 'sync-dir', join(a.config, '..sync')])).code).toBe(1);
    expect((await a.run(['sync'], { STEPWISE_SYNC_DIR: '/dev' })).code).toBe(1);
    expect(existsSync(`/dev/stepwise-${deviceOf(a.config)}.json`)).toBe(false);
  });

  it("a file claiming this computer's id is said, and the id stays until a change is made", async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    const id = deviceOf(a.config);
    const own = JSON.parse(readFileSync(join(folder, `stepwise-${id}.json`), 'utf8'));
    writeFileSync(
      join(folder, `stepwise-${id}.json`),
      JSON.stringify({ ...own, machine: 'deadbeefdeadbeef' }),
    );
    const first = JSON.parse((await a.run(['sync', '--json'])).stdout);
    const second = JSON.parse((await a.run(['sync', '--json'])).stdout);
    expect(first.device).toBe(id);
    expect(second.device).toBe(id);
    const change = await a.run(['done', 'phone.call']);
    expect(change.stderr).toContain('another computer writes to the sync folder as this device');
    expect(deviceOf(a.config)).not.toBe(id);
    expect((await b.done()).sort()).toEqual(['options', 'phone.call']);
  });

  it('a damaged sync record is set aside and said; progress comes back from the folder', async () => {
    const { machines } = await setUp(2);
    const [a] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    writeFileSync(join(a.config, 'sync-replica.json'), '{"format": "stepwise-sync", "for');
    writeFileSync(join(a.config, '.sync-replica.json.tmp-999-abcd'), 'half');
    const result = await a.run(['done', 'phone.call']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('sync-replica.json is not valid JSON: progress is read again');
    expect((await a.done()).sort()).toEqual(['options', 'phone.call']);
    expect(
      readdirSync(a.config).some((name) => name.startsWith('sync-replica.json.corrupt-')),
    ).toBe(true);
    expect(existsSync(join(a.config, '.sync-replica.json.tmp-999-abcd'))).toBe(false);
  });

  it('a change made while sync was off wins over what was seen before, even from a clock days ahead', async () => {
    const { folder, machines } = await setUp(3);
    const [a, b, c] = machines as [Machine, Machine, Machine];
    const at = (iso: string) => fixedClock(iso);
    // C's clock runs ten days fast; A's mark follows it through the shared clock.
    expect((await c.run(['done', 'after.use'], at('2026-12-19T08:30:00Z'))).code).toBe(0);
    expect((await a.run(['done', 'options'], at('2026-12-09T09:00:00Z'))).code).toBe(0);
    expect(
      (await b.run(['config', 'set', 'sync-dir', 'off'], at('2026-12-09T09:05:00Z'))).code,
    ).toBe(0);
    expect((await b.run(['undo', 'options'], at('2026-12-09T09:10:00Z'))).code).toBe(0);
    expect(
      (await b.run(['config', 'set', 'sync-dir', folder], at('2026-12-09T09:15:00Z'))).code,
    ).toBe(0);
    for (const each of [a, b]) {
      const done = JSON.parse(
        (await each.run(['progress', '--json'], at('2026-12-09T09:20:00Z'))).stdout,
      ).done;
      expect(done).toEqual(['after.use']);
    }
  });

  it('a reset made while sync was off travels, as made then', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    const at = (iso: string) => fixedClock(iso);
    await a.run(['done', 'options', 'mail.request'], at('2026-12-09T10:00:00Z'));
    await a.run(['route', 'mail'], at('2026-12-09T10:01:00Z'));
    await b.run(['sync'], at('2026-12-09T10:30:00Z'));
    await b.run(['config', 'set', 'sync-dir', 'off'], at('2026-12-09T10:40:00Z'));
    expect((await b.run(['reset', '--yes'], at('2026-12-09T11:00:00Z'))).code).toBe(0);
    // Later, on A: options taken back and marked again, after the reset.
    await a.run(['undo', 'options'], at('2026-12-09T12:00:00Z'));
    await a.run(['done', 'options'], at('2026-12-09T12:01:00Z'));
    await b.run(['config', 'set', 'sync-dir', folder], at('2026-12-09T13:00:00Z'));
    for (const each of [a, b]) {
      const progress = JSON.parse(
        (await each.run(['progress', '--json'], at('2026-12-09T13:05:00Z'))).stdout,
      );
      expect(progress.done).toEqual(['options']);
      expect(progress.route).toBeNull();
    }
  });

  it("a compact peer file just under the limit is merged and written back; no file grows the progress past a person's", async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    const stamp = '2026-12-01T10:00:00.000Z+0@zzzzhostile';
    const notes = Array.from({ length: 8_400 }, (_, i) => ({
      item: 'options',
      at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
      text: `call ${i} ${'x'.repeat(480)}`,
      stamp,
    }));
    const compact = JSON.stringify({
      format: 'stepwise-sync',
      formatVersion: 1,
      device: 'zzzzhostile',
      guides: { 'amex-pin': { marks: {}, notes } },
    });
    expect(compact.length).toBeLessThan(5 * 1024 * 1024);
    writeFileSync(join(folder, 'stepwise-zzzzhostile.json'), compact);
    const saved = await a.run(['done', 'options']);
    expect(saved.code).toBe(0);
    expect(saved.stderr).not.toContain('larger than');
    // Thousands of empty guides, or many such files: merged only up to a person's size.
    const guides = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, i) => [
        `g${i}`,
        {
          marks: {
            a: {
              done: '2026-12-01T10:00:00.000Z',
              stamp: '2026-12-01T10:00:00.000Z+0@yyyyhostile',
            },
          },
        },
      ]),
    );
    writeFileSync(
      join(folder, 'stepwise-yyyyhostile.json'),
      JSON.stringify({ format: 'stepwise-sync', formatVersion: 1, device: 'yyyyhostile', guides }),
    );
    const status = await b.run(['done', 'phone.call']);
    expect(status.code).toBe(0);
    expect(status.stderr).toContain(
      'stepwise-yyyyhostile.json would make the progress larger than any person',
    );
    expect((await b.run(['progress'])).stdout).toContain('2/14 done');
  }, 90_000);

  it("no number of conflict copies hides a device's own file", async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    await a.run(['done', 'options']);
    const first = [deviceOf(a.config), deviceOf(b.config)].sort()[0]!;
    const copy = readFileSync(join(folder, `stepwise-${first}.json`), 'utf8');
    for (let i = 0; i < 1_005; i += 1) {
      writeFileSync(
        join(
          folder,
          `stepwise-${first}.sync-conflict-20261206-1200${String(i).padStart(4, '0')}-ABCDEFG.json`,
        ),
        copy,
      );
    }
    await a.run(['done', 'phone.call']);
    expect((await b.done()).sort()).toEqual(['options', 'phone.call']);
    expect((await b.run(['sync'])).stdout).toContain(
      'device files: only the first 1,000 were read',
    );
  });

  it('a device.json of null, and a pipe named like the sync record, neither crash nor hang', async () => {
    const { machines } = await setUp(1);
    const [a] = machines as [Machine];
    writeFileSync(join(a.config, 'device.json'), 'null');
    expect((await a.run(['done', 'options'])).code).toBe(0);
    rmSync(join(a.config, 'sync-replica.json'));
    spawnSync('mkfifo', [join(a.config, 'sync-replica.json')]);
    const result = spawnSync(process.execPath, [BIN, 'done', 'phone.call'], {
      cwd: ROOT,
      env: { ...process.env, STEPWISE_CONFIG_DIR: a.config, LANG: 'C.UTF-8' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(await a.done()).toEqual(['options', 'phone.call']);
  });

  it('STEPWISE_SYNC_DIR syncs one run; a folder holding the config folder is refused', async () => {
    const root = fresh();
    const folder = join(root, 'shared');
    mkdirSync(folder);
    const a = machine(root, 'a');
    const b = machine(root, 'b');
    expect((await a.run(['done', 'options'], { STEPWISE_SYNC_DIR: folder })).code).toBe(0);
    expect((await b.run(['progress', '--json'], { STEPWISE_SYNC_DIR: folder })).stdout).toContain(
      '"options"',
    );
    expect(JSON.parse((await b.run(['progress', '--json'])).stdout).done).toEqual([]);
    const refused = await a.run(['config', 'set', 'sync-dir', root]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("holds stepwise's config folder");
    expect((await a.run(['config', 'set', 'sync-dir', join(a.config, 'x')])).stderr).toContain(
      'inside',
    );
    expect((await a.run(['config', 'set', 'sync-dir', 'relative/dir'], {})).code).toBe(0);
    expect((await a.run(['config', 'get', 'sync-dir'])).stdout.trim()).toBe(
      join(ROOT, 'relative/dir'),
    );
    rmSync(join(ROOT, 'relative'), { recursive: true, force: true });
  });

  it('a sync folder that is away (a drive not mounted) keeps changes here and says so', async () => {
    const { folder, machines } = await setUp(2);
    const [a, b] = machines as [Machine, Machine];
    rmSync(folder, { recursive: true });
    const result = await a.run(['done', 'options']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('saved on this computer, but not in the sync folder');
    expect(await a.done()).toEqual(['options']);
    mkdirSync(folder, { recursive: true });
    expect((await a.run(['sync'])).code).toBe(0);
    expect(await b.done()).toEqual(['options']);
  });
});
