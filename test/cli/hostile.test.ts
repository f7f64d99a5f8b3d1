// stepwise as a hostile author, a careless user and a faulty machine would try it, through the
// command line: in this process where only the output is judged, through the built command where
// devices, pipes, limits and the process itself are the point.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliHere } from '../helpers/cli.js';
import { CONTROL_CLASSES, FORBIDDEN, hostileErrors, hostileGuide } from '../helpers/hostile.js';
import { OBJECT_MEMBER_NAMES } from '../helpers/member-names.js';
import { BIN, ROOT } from '../helpers/terminal.js';

const folder = () => mkdtempSync(join(tmpdir(), 'stepwise-hostile-'));
function guideFile(text: string, name = 'guide.md', dir = folder()): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Everything a command printed, both streams, checked byte by byte. */
const printed = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;

describe.each(CONTROL_CLASSES)('$name from a guide', (payload) => {
  it('reaches no output of any command, text or JSON', async () => {
    const configDir = folder();
    const good = guideFile(hostileGuide(payload));
    const runs = [
      ['print', '--guide', good],
      ['print', '--json', '--guide', good],
      ['--plain', '--guide', good],
      ['list', '--content', join(good, '..')],
      ['list', '--json', '--content', join(good, '..')],
      ['search', 'question', '--all', '--guide', good],
      ['done', 'one', 'online.sub', '--guide', good],
      ['progress', '--guide', good],
      ['progress', '--json', '--guide', good],
      ['export', '--guide', good],
      ['reset', '--yes', '--guide', good],
    ];
    for (const args of runs) {
      const result = await runCliHere(args, { configDir });
      expect(result.code, args.join(' ')).toBe(0);
      expect(printed(result), args.join(' ')).not.toMatch(FORBIDDEN);
    }
  });

  it('reaches no lint or load error that quotes keys, routes, waits and ids', async () => {
    for (const text of hostileErrors(payload)) {
      const path = guideFile(text);
      for (const args of [
        ['lint', path],
        ['lint', '--json', path],
        ['print', '--guide', path],
      ]) {
        const result = await runCliHere(args);
        expect(result.code, args.join(' ')).toBe(1);
        expect(printed(result), args.join(' ')).not.toMatch(FORBIDDEN);
      }
    }
  });
});

describe('file names', () => {
  it('are cleaned where they are printed', async () => {
    const dir = folder();
    const path = guideFile('not a guide', 'evil\u001b]0;owned\u0007\u009b2J\u202e.md', dir);
    for (const args of [
      ['lint', path],
      ['print', '--guide', path],
      ['list', '--content', dir],
    ]) {
      const result = await runCliHere(args);
      expect(printed(result), args.join(' ')).not.toMatch(FORBIDDEN);
      expect(printed(result), args.join(' ')).toContain('evil');
    }
  });
});

describe('ids that are names of object members', () => {
  const guideText = (name: string) => `---
id: ${name}
title: Members
---

## Steps

### ${name[0]?.toUpperCase()}${name.slice(1)}

Text.

### Other
<!-- id: other -->

Text.
`;

  it.each(OBJECT_MEMBER_NAMES)('"%s" works as guide id and item id, end to end', async (name) => {
    const configDir = folder();
    const path = guideFile(guideText(name));
    const start = JSON.parse(
      (await runCliHere(['progress', '--json', '--guide', path], { configDir })).stdout,
    );
    expect(start).toMatchObject({ guide: name, completed: 0, total: 2, done: [] });
    const done = await runCliHere(['done', name, '--guide', path], { configDir });
    expect(done).toMatchObject({ code: 0, stderr: '' });
    const after = JSON.parse(
      (await runCliHere(['progress', '--json', '--guide', path], { configDir })).stdout,
    );
    expect(after).toMatchObject({ completed: 1, done: [name], next: 'other' });
    const exported = await runCliHere(['export', '--guide', path], { configDir });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/\[x\]/);
    expect((await runCliHere(['undo', name, '--guide', path], { configDir })).code).toBe(0);
    const undone = JSON.parse(
      (await runCliHere(['progress', '--json', '--guide', path], { configDir })).stdout,
    );
    expect(undone.completed).toBe(0);
  });
});

describe('one bad guide never takes down the others', () => {
  const bomb = `---
id: bomb
title: Bomb
a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
---

## Steps

### One

Text.
`;
  const deep = (line: string) =>
    `---\nid: deep\ntitle: Deep\n---\n\n## Steps\n\n### One\n\n${line}\n`;
  const cases: [string, string, RegExp][] = [
    ['a YAML alias bomb in the front matter', bomb, /guide\.md:2: invalid front matter: .*alias/i],
    ['3,000 nested quotes', deep('> '.repeat(3000) + 'x'), /guide\.md:10: nested too deeply/],
    ['1,000 nested list items', deep('- '.repeat(1000) + 'x'), /guide\.md:10: nested too deeply/],
    [
      '10,000 nested emphasis marks',
      deep(`${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`),
      /guide\.md:10: nested too deeply/,
    ],
  ];

  it.each(cases)('%s: one line, no stack, and the other guides still work', (_name, text, line) => {
    const dir = folder();
    guideFile(text, 'guide.md', dir);
    guideFile(hostileGuide({ yaml: '', markdown: '' }), 'good.md', dir);
    const lint = runCli(['lint', join(dir, 'guide.md')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(line);
    expect(printed(lint)).not.toMatch(/\n\s+at /);
    const list = runCli(['list', '--content', dir]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Title');
    expect(list.stderr).toMatch(/guide\.md/);
    expect(printed(list)).not.toMatch(/\n\s+at /);
    const print = runCli(['print', '--guide', join(dir, 'guide.md')]);
    expect(print.code).toBe(1);
    expect(printed(print)).not.toMatch(/\n\s+at /);
    expect(runCli(['print', '--guide', join(dir, 'good.md')]).code).toBe(0);
  });
});

describe('limits on what is read', () => {
  it('refuses a device, a FIFO and a huge file before reading them', () => {
    const dir = folder();
    const fifo = join(dir, 'pipe.md');
    spawnSync('mkfifo', [fifo]);
    const huge = guideFile('x'.repeat(6 * 1024 * 1024), 'huge.md', dir);
    for (const [path, message] of [
      ['/dev/zero', /not a regular file/],
      [fifo, /not a regular file/],
      [huge, /too large .*at most 5 MB/],
    ] as const) {
      const result = runCli(['print', '--guide', path]);
      expect(result.code, path).toBe(1);
      expect(result.stderr, path).toMatch(message);
    }
  });

  it('reads standard input for import as a stream, even when it comes late', () => {
    const result = spawnSync(
      '/bin/sh',
      ['-c', `(sleep 0.5; echo 'Step 1: x') | "${process.execPath}" "${BIN}" import -`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### x');
  });
});

describe('careless input', () => {
  it.each([
    ['reset', 'many', '--yes'],
    ['progress', 'x'],
    ['export', 'x'],
    ['print', 'x'],
    ['list', 'x'],
    ['config-path', 'x'],
  ])('%s with a stray argument is a usage error, and changes nothing', (...args) => {
    const configDir = folder();
    runCli(['done', 'options'], { configDir });
    const result = runCli(args, { configDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/takes no arguments/);
    expect(result.stderr).toMatch(/Usage: stepwise/);
    expect(JSON.parse(runCli(['progress', '--json'], { configDir }).stdout).done).toEqual([
      'options',
    ]);
  });

  it('a full disk is one line, no stack', () => {
    const result = spawnSync(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${BIN}" print > /dev/full`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot write the output \(ENOSPC\)/);
  });

  it('a damaged cache entry is ignored and rebuilt, never shown', () => {
    const configDir = folder();
    const path = guideFile(hostileGuide({ yaml: '', markdown: '' }));
    expect(runCli(['print', '--guide', path], { configDir, cold: true }).code).toBe(0);
    const cacheDir = join(configDir, 'cache');
    const spawnLs = spawnSync('ls', [cacheDir], { encoding: 'utf8' });
    const entries = spawnLs.stdout
      .trim()
      .split('\n')
      .filter((name) => name.startsWith('guide-'));
    expect(entries).toHaveLength(1);
    const entry = join(cacheDir, entries[0] ?? '');
    // Tampered: the title changed and a control added, without the entry's own check.
    const tampered = spawnSync('sed', ['-i', 's/Title/Tampered\\\\u001b]0;x\\\\u0007/', entry]);
    expect(tampered.status).toBe(0);
    const again = runCli(['print', '--guide', path], { configDir });
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('Tampered');
    mkdirSync(join(cacheDir, 'unrelated'), { recursive: true });
    writeFileSync(entry, '{"not": "an entry"');
    expect(runCli(['print', '--guide', path], { configDir }).code).toBe(0);
  });
});

describe('a faulty machine', () => {
  // Each of these used to hang for ever, deaf to Ctrl-C, or read without end.
  const noHang = { timeout: 15_000 };

  it('a progress file that is a FIFO or /dev/zero is moved aside, not read', () => {
    for (const make of [
      (path: string) => spawnSync('mkfifo', [path]),
      (path: string) => spawnSync('ln', ['-s', '/dev/zero', path]),
    ]) {
      const configDir = folder();
      make(join(configDir, 'progress.json'));
      const result = spawnSync(process.execPath, [BIN, 'done', 'options'], {
        cwd: ROOT,
        env: { ...process.env, STEPWISE_CONFIG_DIR: configDir },
        encoding: 'utf8',
        ...noHang,
      });
      expect(result.signal).toBeNull();
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/is not a regular file.*moved it to/);
      expect(JSON.parse(runCli(['progress', '--json'], { configDir }).stdout).done).toEqual([
        'options',
      ]);
    }
  });

  it('export and import never write into a pipe, and import never writes over a file', () => {
    const dir = folder();
    const fifo = join(dir, 'out.md');
    spawnSync('mkfifo', [fifo]);
    const exported = spawnSync(process.execPath, [BIN, 'export', '--output', fifo], {
      cwd: ROOT,
      encoding: 'utf8',
      ...noHang,
    });
    expect(exported.status).toBe(1);
    expect(exported.stderr).toMatch(/is not a regular file/);
    const existing = guideFile('keep me', 'mine.md', dir);
    const imported = runCli(['import', '-', '--output', existing], { input: 'Step 1: x\n' });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/already exists/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('a guide with more headings than any guide has is refused in one line', () => {
    const many = Array.from({ length: 20_010 }, (_, index) => `### Item ${index}\n\nText.\n`);
    const path = guideFile(`---\nid: many\ntitle: Many\n---\n\n## Steps\n\n${many.join('\n')}`);
    const result = runCli(['lint', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /:\d+: too many headings \(20,\d{3}\): a guide has at most 20,000/,
    );
  });

  it('a folder named with --content that is not there is said, not ignored', () => {
    const result = runCli(['list', '--content', join(folder(), 'nowhere')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--content .*nowhere: no such folder/);
  });
});
