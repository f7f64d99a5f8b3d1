#!/usr/bin/env node
// Starts the one-file bundle with Node's compile cache, so that after the first run start-up
// compiles almost nothing: start-up time is a feature. The cache lives in the user's cache folder;
// Node keys it by the bundle's contents and its own version, checks it, and rewrites it when the
// bundle changes. A missing, damaged or unwritable cache costs speed, never correctness.
//
// This file is CommonJS (bin/package.json says so) and written for any Node that may run it, so
// that on one too old for stepwise it can still say so in one line.
'use strict';
const NEEDED = 22;
const found = process.versions.node;

/**
 * Whether to say these two lines in Spanish: the catalogs are in the bundle, which a Node too old
 * cannot load, so they are written here too. The language is chosen as the bundle chooses it, less
 * the setting: --lang, then the first locale variable set to something other than C or POSIX.
 */
function spanish(argv = process.argv.slice(2), env = process.env) {
  const flag = argv.findIndex((word) => word === '--lang' || word.startsWith('--lang='));
  if (flag !== -1) {
    const value = argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
    return /^es\b/i.test(value || '');
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'LANG']) {
    const value = (env[name] || '').trim();
    if (value === '' || /^(C|POSIX)([.@].*)?$/.test(value)) continue;
    return /^es(?=$|[_.@:-])/i.test(value);
  }
  return false;
}

if (Number(found.split('.')[0]) < NEEDED) {
  process.stderr.write(
    spanish()
      ? `stepwise: necesita Node.js ${NEEDED} o posterior; este es Node.js ${found}: instale un Node.js actual (24 LTS) y vuelva a intentarlo\n`
      : `stepwise: needs Node.js ${NEEDED} or later; this is Node.js ${found}: install a current Node.js (24 LTS) and try again\n`,
  );
  process.exit(1);
}

const { existsSync, mkdirSync } = require('node:fs');
const { enableCompileCache } = require('node:module');
const { homedir } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const bundle = join(__dirname, '..', 'dist', 'stepwise.mjs');
if (!existsSync(bundle)) {
  process.stderr.write(
    spanish()
      ? 'stepwise: esta copia aún no está compilada: ejecute `npm run build` en su carpeta\n'
      : 'stepwise: this copy is not built yet: run `npm run build` in its folder\n',
  );
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

// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node program.
try {
  // The folders it makes are private (0700), like the folder progress and settings are kept in,
  // which may be the same one (STEPWISE_CONFIG_DIR).
  const compileCache = join(cacheDir(), 'compile');
  mkdirSync(compileCache, { recursive: true, mode: 0o700 });
  enableCompileCache(compileCache);
} catch {
  // Only the speed-up is lost.
}

import(pathToFileURL(bundle).href).catch((error) => {
  process.stderr.write(
    `stepwise: could not start: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
});
