#!/usr/bin/env node
// Bundles the app into one classic script, dist/stepwise.cjs, that bin/stepwise.js runs with V8's
// code cache: start-up loads and compiles a single file, once. With --if-stale it does nothing when
// the bundle is newer than every source file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import {
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
import { modulePatches } from './patch-modules.js';
import { holidaySource, holidayTable } from './holiday-table.js';
import { buildLexicon, lexiconSource } from './lexicon.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'stepwise.cjs');
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

// Changes with every build, so caches made by one build are never read by another.
const buildId = `${pkg.version}+${Date.now().toString(36)}`;

await build({
  entryPoints: [join(root, 'source', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  // A classic script (no top-level await, no import.meta): V8 can cache its compiled code.
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  define: {
    STEPWISE_VERSION: JSON.stringify(pkg.version),
    STEPWISE_BUILD: JSON.stringify(buildId),
    // The loader passes the bundle's URL in; a classic script has no import.meta.
    'import.meta.url': '__stepwiseUrl',
    'process.env.NODE_ENV': '"production"',
    // Ink checks this at load time to decide whether to load react-devtools; never in the bundle.
    'process.env.DEV': '"false"',
    // Yoga (Ink's layout engine) would fetch() its embedded WebAssembly from a data: URL, which loads
    // Node's whole HTTP client at start-up; without fetch it decodes the same bytes directly.
    fetch: 'undefined',
  },
  plugins: [
    ...modulePatches,
    {
      // Ink loads React DevTools only in development; the bundle gets an empty stand-in.
      name: 'no-devtools',
      setup(builder) {
        builder.onResolve({ filter: /^(react-devtools-core|ws)$/ }, (args) => ({
          path: args.path,
          namespace: 'stub',
        }));
        builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: 'export default { initialize() {}, connectToDevTools() {} };',
        }));
      },
    },
    {
      // conf needs node:crypto only to encrypt the file, with an encryptionKey stepwise never
      // sets; loading it costs start-up time. The stand-in fails loudly should that change.
      name: 'no-conf-crypto',
      setup(builder) {
        builder.onResolve({ filter: /^node:crypto$/ }, (args) =>
          /[\\/]conf[\\/]/.test(args.importer)
            ? { path: 'crypto', namespace: 'no-crypto' }
            : undefined,
        );
        builder.onLoad({ filter: /.*/, namespace: 'no-crypto' }, () => ({
          contents:
            'const missing = () => { throw new Error("stepwise is built without encryption for conf"); };\nexport default { randomBytes: missing, pbkdf2Sync: missing, createCipheriv: missing, createDecipheriv: missing };',
        }));
      },
    },
    {
      // conf validates with Ajv only when it is given a JSON schema. stepwise checks its progress
      // file itself (domain/progress/progress-file.ts) and never passes one, so Ajv stays out of the bundle;
      // the stand-in fails loudly should that ever change.
      name: 'no-ajv',
      setup(builder) {
        builder.onResolve({ filter: /^ajv(-formats)?(\/.*)?$/ }, (args) => ({
          path: args.path,
          namespace: 'no-ajv',
        }));
        builder.onLoad({ filter: /.*/, namespace: 'no-ajv' }, () => ({
          contents: [
            'export default function NoAjv() { throw new Error("stepwise is built without Ajv: do not pass conf a schema"); }',
            'export const Ajv2020 = NoAjv;',
          ].join('\n'),
        }));
      },
    },
  ],
  // The loader reads the build from this line to name the code cache.
  banner: { js: `// stepwise build ${buildId}` },
  logLevel: 'warning',
});

// esbuild wraps a CommonJS module (node:process, React) for each ES module that imports it, copying
// every property onto a new object: the same module is wrapped twenty times at start-up. A wrapper
// (which only reads through to the module) is shared while the module has as many properties as
// when it was made; a module that has gained some since (signal-exit adds to process) is wrapped
// anew, with the names it has then, as esbuild's own helper would.
const toEsm =
  /var (\w+)=\((\w),(\w),(\w)\)=>\(\4=\2!=null\?\w+\(\w+\(\2\)\):\{\},\w+\(\3\|\|!\2\|\|!\2\.__esModule\?\w+\(\4,"default",\{value:\2,enumerable:!0\}\):\4,\2\)\);/g;
const built = readFileSync(outfile, 'utf8');
const helpers = built.match(toEsm) ?? [];
if (helpers.length !== 1) {
  throw new Error(`expected esbuild's __toESM helper once in the bundle, found ${helpers.length}`);
}
const [helper] = helpers;
const name = /^var (\w+)=/.exec(helper)[1];
const wrapOnce = `var ${name}=((wrappers,wrap)=>(mod,nodeMode)=>{if(mod===null||typeof mod!="object"&&typeof mod!="function")return wrap(mod,nodeMode);let kind=nodeMode||!mod.__esModule?"withDefault":"asIs",names=Object.getOwnPropertyNames(mod).length,made=wrappers.get(mod);if(made===void 0)wrappers.set(mod,made={});let shared=made[kind];if(shared===void 0||shared.names!==names)made[kind]=shared={names,wrapper:wrap(mod,nodeMode)};return shared.wrapper})(new WeakMap,${helper.slice(`var ${name}=`.length, -1)});`;
writeFileSync(
  outfile,
  built.replace(helper, () => wrapOnce),
);

// The loader runs the bundle as a classic script with no dynamic import(): check it has none.
const bundleText = readFileSync(outfile, 'utf8');
if (/\bimport\(|import\.meta/.test(bundleText.replace(/"[^"\n]*"|'[^'\n]*'/g, ''))) {
  throw new Error(
    'the bundle must not use import() or import.meta: bin/stepwise.js runs it as a script',
  );
}

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
