import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliHere } from '../helpers/cli.js';
import { MINI } from '../helpers/guides.js';
import { ROOT } from '../helpers/terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'stepwise-guides-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('stepwise print', () => {
  it('prints the built-in guide as text wrapped to 80 columns', async () => {
    const { code, stdout } = await runCliHere(['print']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Get your American Express PIN\n/);
    expect(stdout).toContain('2.1 Register for online access');
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('prints JSON with 5 steps, 9 sub-steps, 5 tips and 10 FAQs', async () => {
    const { code, stdout } = await runCliHere(['print', '--json']);
    expect(code).toBe(0);
    const guide = JSON.parse(stdout);
    expect(guide.id).toBe('amex-pin');
    expect(guide.steps).toHaveLength(5);
    expect(guide.steps.flatMap((step: { substeps: unknown[] }) => step.substeps)).toHaveLength(9);
    expect(guide.tips).toHaveLength(5);
    expect(guide.faqs).toHaveLength(10);
    expect(guide.steps[1]).toMatchObject({ id: 'online', route: 'online' });
    expect(guide.steps[3].substeps[0]).toMatchObject({
      id: 'mail.request',
      wait: '5-10 business days',
    });
    expect(guide.faqs[0]).toHaveProperty('keywords');
  });

  it('opens another guide by path with --guide', async () => {
    const { code, stdout } = await runCliHere([
      'print',
      '--json',
      '--guide',
      file('mini.md', MINI),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('mini');
  });

  it('prints the guide when stdout is not a terminal and no command is given', async () => {
    const { code, stdout } = await runCliHere([]);
    expect(code).toBe(0);
    expect(stdout).toContain('STEPS');
  });
});

describe('stepwise lint', () => {
  it('is clean on content/', async () => {
    const { code, stdout, stderr } = await runCliHere(['lint']);
    expect(stdout).toBe('');
    expect(stderr).toContain('0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  const bad: [string, string | Buffer, string][] = [
    ['binary.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]), ':2: this is a binary file'],
    [
      'latin1.md',
      Buffer.concat([
        Buffer.from('---\nid: x\ntitle: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n---\n'),
      ]),
      ':3: the file is not valid UTF-8',
    ],
    ['nofm.md', '## Steps\n\n### A\n\nx\n', ':1: missing front matter'],
    ['notitle.md', MINI.replace('title: Mini guide\n', ''), ':1: front matter is missing "title"'],
    ['badroute.md', MINI.replace('route: a', 'route: fax'), ':16: unknown route "fax"'],
    ['badwait.md', MINI.replace('2-3 business days', 'a while'), ':23: malformed wait "a while"'],
  ];

  it.each(bad)('reports %s with path:line and exits 1', async (name, content, expected) => {
    const path = file(name, content);
    const { code, stdout } = await runCliHere(['lint', path]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}${expected}`);
  });

  it('reports a missing file', async () => {
    const { code, stdout } = await runCliHere(['lint', join(dir, 'nope.md')]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(dir, 'nope.md')}:1: file not found`);
  });

  it('refuses to open a broken guide, naming the problem', async () => {
    const path = file('broken.md', MINI.replace('An answer.', ''));
    const { code, stderr } = await runCliHere(['print', '--guide', path]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${path}:40: FAQ "A question?" has no answer`);
  });
});

describe('the command line', () => {
  it('lists guides', async () => {
    const { code, stdout } = await runCliHere(['list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/amex-pin\s+5\s+10\s+Get your American Express PIN/);
  });

  it('prints help and version', async () => {
    expect((await runCliHere(['--help'])).stdout).toContain('Usage: stepwise');
    // The version is the build's: the built command says it.
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['lint', '--limit', '3'], 'option --limit does not apply to "lint"'],
  ])('rejects %j with a one-line error, usage and exit 2', async (args, message) => {
    const { code, stderr } = await runCliHere(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: stepwise');
  });

  it('names an unknown guide id and the known ones', async () => {
    const { code, stderr } = await runCliHere(['print', '--guide', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toContain('no guide with id "nope" (known: amex-pin)');
  });
});

describe('help and mistakes', () => {
  it.each([
    [['help', 'search'], 'Usage: stepwise search <query...>'],
    [['search', '--help'], 'Usage: stepwise search <query...>'],
    [['done', '-h'], 'Usage: stepwise done <item...>'],
  ])("%j shows that command's usage, options and examples", async (args, usage) => {
    const { code, stdout } = await runCliHere(args);
    expect(code).toBe(0);
    expect(stdout.startsWith(usage)).toBe(true);
    expect(stdout).toContain('Examples');
  });

  it('lists the environment variables and exit codes in the global help', async () => {
    const { stdout } = await runCliHere(['help']);
    expect(stdout).toContain('STEPWISE_CONFIG_DIR');
    expect(stdout).toContain('NO_COLOR');
    expect(stdout).toMatch(/Exit codes\n\s+0\s+success/);
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it.each([
    [['serch', 'pin'], 'did you mean "search"?'],
    [['print', '--josn'], 'did you mean "--json"?'],
    [['help', 'nope'], 'no command "nope"'],
  ])('%j says what was meant', async (args, hint) => {
    const { code, stderr } = await runCliHere(args);
    expect(code).toBe(2);
    expect(stderr).toContain(hint);
  });

  it('says an option needs a value, and names an unknown guide id without a line', async () => {
    expect((await runCliHere(['print', '--guide'])).stderr).toContain(
      'option --guide needs a value',
    );
    const unknown = await runCliHere(['print', '--guide', 'nosuch']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^nosuch: no guide with id "nosuch"/);
  });

  it('suggests nothing for a word far from every command', async () => {
    expect((await runCliHere(['frobnicate'])).stderr).not.toContain('did you mean');
  });

  it('lints every guide in a folder', async () => {
    const { code, stderr } = await runCliHere(['lint', join(ROOT, 'test', 'fixtures', 'guides')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 file checked/);
  });
});

describe('JSON outputs', () => {
  it.each([
    [['print', '--json']],
    [['search', 'pin', '--json']],
    [['list', '--json']],
    [['lint', '--json']],
    [['progress', '--json']],
    [['done', 'options', '--json']],
  ])('%j carries schemaVersion 1 first, as docs/json.md says', async (args) => {
    const { code, stdout } = await runCliHere(args);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('schemaVersion');
    expect(json.schemaVersion).toBe(1);
  });
});

describe('what to have at hand', () => {
  it('is in print, print --json and export', async () => {
    expect((await runCliHere(['print'])).stdout).toMatch(
      /Have at hand: your card, your billing address/,
    );
    const json = JSON.parse((await runCliHere(['print', '--json'])).stdout);
    const call = json.steps
      .flatMap((step: { substeps: { id: string; needs?: string[] }[] }) => step.substeps)
      .find((sub: { id: string }) => sub.id === 'phone.call');
    expect(call.needs).toContain('your card');
    expect((await runCliHere(['export'])).stdout).toMatch(/- have at hand: your card/);
  });
});

describe('two guides with one id', () => {
  it('are named: list skips the second with a line saying why, and lint fails on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-same-id-'));
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'guides', 'passport.md'), 'utf8');
    writeFileSync(join(dir, 'a.md'), text);
    writeFileSync(join(dir, 'b.md'), text);
    const listed = await runCliHere(['list', '--content', dir]);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toMatch(
      /^stepwise: skipping .*b\.md: its id "[^"]+" is already taken by .*a\.md/m,
    );
    const linted = await runCliHere(['lint', dir]);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/b\.md:1: the id "[^"]+" is already used by .*a\.md/);
  });
});
