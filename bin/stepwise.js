#!/usr/bin/env node
// Runs the one-file bundle as a classic script with V8's code cache from an earlier run, so that
// start-up reads and compiles almost nothing: start-up time is a feature. The cache lives in the
// user's cache folder, is keyed by the build, the Node version and the architecture, carries its
// own checksum, and is written after the first frame (or at exit), atomically. A missing, damaged,
// mismatched or unwritable cache costs speed, never correctness.
//
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS entry without setting up
// its ES module loader, a few milliseconds sooner.
'use strict';
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'stepwise.cjs');
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('stepwise: this copy is not built yet: run `npm run build` in its folder\n');
  process.exit(1);
}

/** The same folder as the app's cache (STEPWISE_CONFIG_DIR/cache, else the platform's). */
function cacheDir(env = process.env) {
  if (env.STEPWISE_CONFIG_DIR) return join(env.STEPWISE_CONFIG_DIR, 'cache');
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'stepwise');
  if (process.platform === 'win32') {
    return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'stepwise', 'Cache');
  }
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'stepwise');
}

/** FNV-1a over 32-bit words: V8 does not check a code cache's integrity unless told to. */
function checksum(bytes) {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  let hash = 0x811c9dc5;
  for (let index = 0; index < words.length; index += 1) {
    hash = Math.imul(hash ^ words[index], 0x01000193);
  }
  return (hash ^ bytes.byteLength) >>> 0;
}

const build = /^\/\/ stepwise build (\S+)/.exec(source)?.[1] ?? 'unknown';
const dir = cacheDir();
const file = join(
  dir,
  `code-${build}-${process.version}-${process.arch}.v8`.replace(/[^\w.+-]/g, '_'),
);

function readCache() {
  try {
    // Only a regular file of sane size: nothing in the cache folder can hang or flood start-up.
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024) return undefined;
    const read = readFileSync(file);
    // The payload, then its 4-byte checksum: read into a buffer of its own, the payload is aligned
    // for checksum() as it is, with no copy.
    const data = read.byteOffset % 4 === 0 ? read : Buffer.from(read);
    if (data.byteLength < 8 || data.byteLength % 4 !== 0) return undefined;
    const payload = data.subarray(0, data.byteLength - 4);
    return data.readUInt32LE(payload.byteLength) === checksum(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname, __stepwiseUrl) {${source}\n})`,
  { filename: bundle, ...(cachedData && { cachedData }) },
);

let written = cachedData !== undefined && !script.cachedDataRejected;
function writeCache() {
  if (written) return;
  written = true;
  try {
    const data = script.createCachedData();
    const padded = Buffer.alloc(Math.ceil(data.byteLength / 4) * 4);
    data.copy(padded);
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32LE(checksum(padded));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([padded, trailer]), { mode: 0o600 });
    renameSync(temporary, file);
    // Caches of other builds for this Node and machine will never be read again; those of other
    // Node versions may, and files being written by another copy are not ours to remove.
    const ours = `-${process.version}-${process.arch}.v8`.replace(/[^\w.+-]/g, '_');
    for (const name of readdirSync(dir)) {
      if (name.startsWith('code-') && name.endsWith(ours) && join(dir, name) !== file) {
        rmSync(join(dir, name), { force: true });
      }
    }
  } catch {
    // A read-only or full cache folder only costs the speed-up.
  }
}
if (!written) {
  // After the first frame, with what start-up compiled; or at exit, for a short command.
  setTimeout(writeCache, 1000).unref();
  process.once('exit', writeCache);
}

const bundleModule = { exports: {} };
script.runInThisContext()(
  bundleModule.exports,
  createRequire(bundle),
  bundleModule,
  bundle,
  dirname(bundle),
  pathToFileURL(bundle).href,
);
