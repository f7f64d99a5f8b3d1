#!/usr/bin/env node
// Bundles the app into one ES module, dist/stepwise.mjs, that bin/stepwise.js runs with Node's
// compile cache: start-up loads and compiles a single file. With --if-stale it does nothing when the
// bundle is newer than every source file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import {
  rmSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holidaySource, holidayTable } from './holiday-table.js';
import { buildLexicon, lexiconSource } from './lexicon.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'stepwise.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  try {
    const built = statSync(outfile).mtimeMs;
    const inputs = [join(root, 'package.json'), join(root, 'package-lock.json')]
      .map((file) => statSync(file).mtimeMs)
      .concat(newestSource(join(root, 'source')), newestSource(join(root, 'scripts')));
    return Math.max(...inputs) > built;
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

// Changes with every build: --version and the man page say which build this is.
const buildId = `${pkg.version}+${Date.now().toString(36)}`;

/** What the build is doing, while it does something that takes a while. */
function say(what) {
  process.stderr.write(`stepwise build: ${what}…\n`);
}

say('bundling the app');
// Chunks of an earlier build are never loaded again.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: { stepwise: join(root, 'source', 'cli', 'main.ts') },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  // Code that only some runs need loads only then: each `import()` in the source starts a chunk
  // (the full-screen app with Ink, React and Yoga; the code that saves; each command).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  // An ES module: Ink's layout engine (Yoga) loads its WebAssembly with a top-level await.
  format: 'esm',
  target: 'node22',
  // Node 22 has these (V8 12); lowered to new RegExp(), string-width's Unicode-property patterns
  // would be compiled at start-up instead of when first used.
  supported: { 'regexp-set-notation': true, 'regexp-unicode-property-escapes': true },
  minify: true,
  // Licence texts are collected into THIRD-PARTY-NOTICES instead; comments only cost start-up.
  legalComments: 'none',
  jsx: 'automatic',
  // Bundled CommonJS modules (React) call require() for Node's own modules.
  banner: {
    js: `// stepwise build ${buildId}\nimport { createRequire as __stepwiseRequire } from 'node:module';\nconst require = __stepwiseRequire(import.meta.url);`,
  },
  define: {
    STEPWISE_VERSION: JSON.stringify(pkg.version),
    STEPWISE_BUILD: JSON.stringify(buildId),
    'process.env.NODE_ENV': '"production"',
    // Yoga (Ink's layout engine) would fetch() its embedded WebAssembly from a data: URL, which
    // loads Node's whole HTTP client at start-up; without fetch it decodes the same bytes itself.
    fetch: 'undefined',
  },
  plugins: [
    {
      // Ink imports its React DevTools bridge only when DEV=true and react-devtools-core is
      // installed; bundled, that import would load at start-up. Left outside, it never loads.
      name: 'ink-devtools-outside',
      setup(builder) {
        builder.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
          /[\\/]ink[\\/]build$/.test(args.resolveDir)
            ? { path: args.path, external: true }
            : undefined,
        );
      },
    },
  ],
  logLevel: 'warning',
});

// The public holidays that business-day waits skip, made from the holiday library when it changes:
// a small table the app reads only when it computes a wait.
const holidaysFile = join(root, 'dist', 'holidays.json');
function holidaysUpToDate() {
  try {
    return JSON.parse(readFileSync(holidaysFile, 'utf8')).source === holidaySource();
  } catch {
    return false;
  }
}
if (!holidaysUpToDate()) {
  say('making the public holiday table from date-holidays (first build only, a few seconds)');
  writeFileSync(holidaysFile, JSON.stringify(holidayTable()));
}

// The lexicon search reads on the first search: remade when WordNet or the hand-kept list changes.
const lexiconFile = join(root, 'dist', 'lexicon.txt');
function lexiconUpToDate() {
  try {
    return readFileSync(lexiconFile, 'utf8').split('\n', 1)[0] === `# ${lexiconSource()}`;
  } catch {
    return false;
  }
}
if (!lexiconUpToDate()) {
  say('making the search lexicon from WordNet (first build only, up to a minute)');
  writeFileSync(lexiconFile, `# ${lexiconSource()}\n${buildLexicon()}`);
}

// The man page, made by the new bundle from the same data as its help, shipped with the package.
const man = spawnSync(process.execPath, [join(root, 'bin', 'stepwise.js'), '__man'], {
  encoding: 'utf8',
  env: { ...process.env, STEPWISE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'stepwise-build-')) },
});
if (man.status !== 0) throw new Error(`the man page could not be made: ${man.stderr}`);
mkdirSync(join(root, 'man'), { recursive: true });
writeFileSync(join(root, 'man', 'stepwise.1'), man.stdout);
