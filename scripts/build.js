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
import { buildHandKeptLexicon, buildLexicon, lexiconSource } from './lexicon.js';
import { bundleOptions } from './bundle-options.js';
import { thirdPartyNotices } from './notices.js';

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
// The date this version has in the CHANGELOG ("## [0.2.0] - 2026-12-06"): the man page's date.
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const releaseDate =
  new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(
    changelog,
  )?.[1] ?? 'unreleased';
const bundle = await build({
  ...bundleOptions(root, pkg.version, buildId, releaseDate),
  metafile: true,
});

// What the bundle holds, with each package's licence and copyright, shipped beside it.
say('writing the notices for the bundled packages');
writeFileSync(join(root, 'THIRD-PARTY-NOTICES'), thirdPartyNotices(root, bundle.metafile));

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
// The Spanish one is the hand-kept list alone: small, made every build.
writeFileSync(
  join(root, 'dist', 'lexicon.es.txt'),
  `# ${lexiconSource()}\n${buildHandKeptLexicon('lexicon-extra.es.txt')}`,
);

// The man page, made by the new bundle from the same data as its help, shipped with the package.
const man = spawnSync(process.execPath, [join(root, 'bin', 'stepwise.js'), '__man'], {
  encoding: 'utf8',
  env: { ...process.env, STEPWISE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'stepwise-build-')) },
});
if (man.status !== 0) throw new Error(`the man page could not be made: ${man.stderr}`);
mkdirSync(join(root, 'man'), { recursive: true });
writeFileSync(join(root, 'man', 'stepwise.1'), man.stdout);
