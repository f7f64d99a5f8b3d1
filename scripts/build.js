#!/usr/bin/env node
// Bundles the app into one file, dist/stepwise.js, so start-up loads a single module.
// With --if-stale it does nothing when the bundle is newer than every source file.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'stepwise.js');
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
      .concat(newestSource(join(root, 'source')));
    return Math.max(...inputs) > built;
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

await build({
  entryPoints: [join(root, 'source', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  define: {
    STEPWISE_VERSION: JSON.stringify(pkg.version),
    // Changes with every build, so caches made by one build are never read by another.
    STEPWISE_BUILD: JSON.stringify(`${pkg.version}+${Date.now().toString(36)}`),
    'process.env.NODE_ENV': '"production"',
    // Ink checks this at load time to decide whether to load react-devtools; never in the bundle.
    'process.env.DEV': '"false"',
    // Yoga (Ink's layout engine) would fetch() its embedded WebAssembly from a data: URL, which loads
    // Node's whole HTTP client at start-up; without fetch it decodes the same bytes directly.
    fetch: 'undefined',
  },
  plugins: [
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
      // file itself (domain/progress-file.ts) and never passes one, so Ajv stays out of the bundle;
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
  // Some dependencies still call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __stepwiseRequire } from 'node:module'; const require = __stepwiseRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
