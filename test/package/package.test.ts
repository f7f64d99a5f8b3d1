// The package as a person gets it: packed, installed into a prefix of its own, run from there.
// `npm test` builds dist/ first; packing here skips the prepack build so that it never rewrites the
// bundle while other test files are running it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, ROOT, TestTerminal } from '../helpers/terminal.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
const work = mkdtempSync(join(tmpdir(), 'stepwise-package-'));
const prefix = join(work, 'prefix');
const home = join(work, 'home');
// The installed command finds `node` on PATH, as it would for a user: the Node running the tests.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
  STEPWISE_CONFIG_DIR: join(work, 'config'),
  HOME: home,
  npm_config_cache: join(work, 'npm-cache'),
  // English, whatever the machine speaks: the tests of Spanish set it.
  LANG: 'C.UTF-8',
  LC_ALL: undefined,
  LC_MESSAGES: undefined,
  LANGUAGE: undefined,
};
const installed = join(prefix, 'bin', 'stepwise');
let tarball = '';
let terminal: TestTerminal | undefined;

function npm(args: string[], cwd = ROOT): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8' });
}

function folderSize(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderSize(join(path, name)), 0);
}

beforeAll(() => {
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work]),
  ) as { filename: string }[];
  tarball = join(work, packed!.filename);
  npm(
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    work,
  );
}, 120_000);

afterAll(() => terminal?.dispose());

describe('the packed package', () => {
  it('ships what runs and nothing else', () => {
    const [listing] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as {
      files: { path: string }[];
    }[];
    const files = listing!.files.map((file) => file.path);
    expect(files).toContain('bin/stepwise.js');
    // Without it the entry would be read as an ES module (the package's type) and fail to start.
    expect(files).toContain('bin/package.json');
    expect(files).toContain('dist/stepwise.mjs');
    expect(files).toContain('content/amex-pin.md');
    expect(files).toContain('man/stepwise.1');
    // The help, the man page and the README send people to them.
    for (const doc of ['docs/json.md', 'docs/content-format.md', 'docs/architecture.md']) {
      expect(files).toContain(doc);
    }
    expect(files).toContain('THIRD-PARTY-NOTICES');
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'CHANGELOG.md']));
    // The bundle, the parser's process for large guides, the holiday table and the lexicon,
    // nothing else built: no benchmark output rides along.
    const built = files.filter((file) => file.startsWith('dist/'));
    expect(built.filter((file) => !file.startsWith('dist/chunks/')).sort()).toEqual([
      'dist/holidays.json',
      'dist/lexicon.es.txt',
      'dist/lexicon.txt',
      'dist/parse-worker.mjs',
      'dist/stepwise.mjs',
    ]);
    // The parts of the bundle that load when they are used: the app, the saving code, commands.
    const chunks = built.filter((file) => file.startsWith('dist/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((file) => !file.endsWith('.mjs'))).toEqual([]);
    const unwanted = files.filter((file) =>
      /^(source|test|scripts|\.ci)\/|\.tsx?$|tsconfig|eslint|vitest|\.map$/.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('needs no other package at run time, and builds its bundle before packing', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.prepack).toMatch(/build/);
  });

  it('installs small', () => {
    const size = folderSize(join(prefix, 'lib', 'node_modules', pkg.name));
    expect(size).toBeGreaterThan(100_000);
    expect(size).toBeLessThan(3_000_000);
  });

  it('runs --version, print and search from the install', () => {
    const run = (args: string[]) =>
      spawnSync(installed, args, { cwd: work, env, encoding: 'utf8', input: '' });
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const print = run(['print']);
    expect(print.status).toBe(0);
    expect(print.stdout).toContain('Get your American Express PIN');
    const search = run(['search', 'forgot my pin']);
    expect(search.status).toBe(0);
    expect(search.stdout).toMatch(/PIN/);
  });

  // The machines this project is built on have an older Node beside the one npm scripts run on.
  const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
    const found = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    return found.status === 0 && Number(found.stdout.split('.')[0]) < 22;
  });
  it.skipIf(olderNode === undefined)(
    'says in one line, on every command, that an older Node is too old',
    () => {
      for (const args of [[], ['print'], ['--version'], ['done', 'options'], ['nonsense']]) {
        const run = spawnSync(olderNode!, [installed, ...args], {
          cwd: work,
          env,
          encoding: 'utf8',
          input: '',
        });
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(
          /^stepwise: needs Node\.js 22 or later; this is Node\.js \d+\.\d+\.\d+: .+\n$/,
        );
      }
      // In the person's language too: the catalogs are in the bundle, which such a Node cannot load.
      for (const [extra, args] of [
        [{ LANG: 'es_US.UTF-8' }, ['print']],
        [{ LANG: 'C' }, ['print', '--lang', 'es']],
      ] as const) {
        const run = spawnSync(olderNode!, [installed, ...args], {
          cwd: work,
          env: { ...env, ...extra },
          encoding: 'utf8',
          input: '',
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(
          /^stepwise: necesita Node\.js 22 o posterior; este es Node\.js /,
        );
      }
    },
  );

  it('opens the full-screen app from the install, moves and quits cleanly', async () => {
    terminal = new TestTerminal({
      command: { file: installed, args: [] },
      cwd: work,
      env: { PATH: env.PATH, HOME: home },
      configDir: join(work, 'config'),
    });
    await terminal.waitFor(/1 Steps.*2 FAQ.*3 Tips.*4 Progress/);
    expect(terminal.isAlternateScreen).toBe(true);
    terminal.write(KEYS.right);
    await terminal.waitFor('[2 FAQ]');
    terminal.write('q');
    const { exitCode } = await terminal.exit();
    expect(exitCode).toBe(0);
    expect(terminal.isAlternateScreen).toBe(false);
    // The cursor is shown again after the last time it was hidden.
    expect(terminal.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(
      terminal.output.lastIndexOf('\x1b[?25l'),
    );
  });
});
