// npm run bench: start-up and key-to-frame figures for the built app, each beside a baseline
// measured in the same run on the same machine. Figures only: nothing here passes or fails.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os, { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { environment, fmt, session, stats, timeUntil } from './pty.js';
import { runScaleBench } from './scale.js';
import { bundleOptions } from '../../scripts/bundle-options.js';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const bin = join(root, 'bin', 'stepwise.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const env = environment({ STEPWISE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'stepwise-bench-')) });

/**
 * The other Node versions stepwise supports, from the registry's `node` package, installed once
 * beside the project's own packages (BENCH_OTHER_NODES=0 skips them).
 */
function otherNodes() {
  if (process.env.BENCH_OTHER_NODES === '0') return [];
  const found = [];
  for (const major of [22, 26]) {
    const dir = join(root, 'node_modules', '.cache', 'stepwise-bench', `node-${major}`);
    const file = join(dir, 'node_modules', '.bin', 'node');
    if (!existsSync(file)) {
      spawnSync(
        'npm',
        ['install', '--prefix', dir, '--no-audit', '--no-fund', '--silent', `node@${major}`],
        { stdio: 'ignore' },
      );
    }
    if (existsSync(file)) found.push(file);
  }
  return found;
}

/**
 * The smallest full-screen Ink app (minimal-ink.tsx), bundled with the app's own options and
 * started as bin/stepwise.js starts the app, with Node's compile cache: the part of the first frame
 * that Ink, React and Yoga cost any app.
 */
async function minimalInkApp() {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-ink-'));
  const options = bundleOptions(root, 'bench', 'bench');
  await build({
    ...options,
    entryPoints: { minimal: join(root, 'test', 'bench', 'minimal-ink.tsx') },
    outdir: dir,
    splitting: false,
  });
  const start = join(dir, 'start.cjs');
  writeFileSync(
    start,
    `require('node:module').enableCompileCache(${JSON.stringify(join(dir, 'compile'))});\n` +
      `import(${JSON.stringify(pathToFileURL(join(dir, 'minimal.mjs')).href)});\n`,
  );
  return start;
}

async function startup(node) {
  const app = [];
  const bare = [];
  const silent = [];
  const ink = [];
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // Warm the file cache, and let the first run write the compile cache a real user gets.
  await timeUntil(node, [bin], '4 Progress', { env });
  await timeUntil(node, [bin], '4 Progress', { env });
  await timeUntil(node, [minimalInk], '4 Progress', { env });
  for (let run = 0; run < RUNS; run += 1) {
    bare.push(await timeUntil(node, ['-e', 'console.log("ready")'], 'ready', { env }));
    app.push(await timeUntil(node, [bin], '4 Progress', { env }));
    silent.push(await timeUntil(node, [bin], '4 Progress', { env, answer: false }));
    ink.push(await timeUntil(node, [minimalInk], '4 Progress', { env }));
  }
  const a = stats(app);
  const b = stats(bare);
  const s = stats(silent);
  const i = stats(ink);
  console.log(`Node ${version}: time to first frame at 100x30 (${RUNS} alternating runs, medians)`);
  console.log(`  bare node -e print one line  ${fmt(b.median)}`);
  console.log(`  stepwise (tab bar on screen) ${fmt(a.median)}   p95 ${fmt(a.p95)}`);
  console.log(
    `  ratio                        ${(a.median / b.median).toFixed(2)}x   (target <= 2.0)`,
  );
  // The app asks the terminal for its background; the first frame must not wait for the answer.
  console.log(
    `  in a terminal that never answers  ${fmt(s.median)}   ${(s.median / b.median).toFixed(2)}x`,
  );
  // What any Ink app pays before its first frame: stepwise cannot start faster than this.
  console.log(
    `  the smallest full-screen Ink app  ${fmt(i.median)}   ${(i.median / b.median).toFixed(2)}x`,
  );
}

async function tabSwitch() {
  const app = await session(node, [bin], '4 Progress', { env });
  const samples = [];
  const tabs = ['[2 FAQ]', '[3 Tips]', '[4 Progress]', '[1 Steps]'];
  for (let press = 0; press < 40; press += 1) {
    const tab = tabs[press % tabs.length];
    samples.push(await app.press('\u001b[C', (out) => out.includes(tab)));
    await new Promise((done) => setTimeout(done, 20));
  }
  app.close();
  const s = stats(samples);
  console.log(`key to frame, tab switch with → (${s.n} presses)`);
  console.log(
    `  median ${fmt(s.median)}   p95 ${fmt(s.p95)}   max ${fmt(s.max)}   (target median <= 16 ms)`,
  );
}

async function restingMemory() {
  const app = await session(node, [bin], '4 Progress', { env });
  await new Promise((done) => setTimeout(done, 1500));
  console.log(
    `the app at rest with the built-in guide: ${app.rssMb().toFixed(0)} MB resident (target < 80 MB)`,
  );
  app.close();
}

/** What the search box says beside the query, whatever it found. */
const COUNT = /\d+ questions|\d+ match(es)?|no matches|no close match/;

async function searchTyping() {
  const app = await session(node, [bin], '4 Progress', { env });
  await app.press('/', (out) => out.includes('10 questions'));
  const samples = [];
  for (const query of ['chnage pin', 'lost my pin', 'suplementary card']) {
    for (const letter of query) {
      // The frame is drawn when the count beside the box is written again.
      samples.push(await app.press(letter, (out) => COUNT.test(out)));
      await new Promise((done) => setTimeout(done, 20));
    }
    for (let i = 0; i < query.length; i += 1) await app.press('\u007f', (out) => COUNT.test(out));
  }
  app.close();
  const s = stats(samples);
  console.log(`key to frame, typing in the FAQ search box (${s.n} keys)`);
  console.log(
    `  median ${fmt(s.median)}   p95 ${fmt(s.p95)}   max ${fmt(s.max)}   (target median <= 16 ms)`,
  );
}

async function searchCore() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'stepwise-bench-build-')), 'bench-search.mjs');
  await build({
    entryPoints: [join(root, 'test', 'bench', 'search-bench.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  const { runSearchBench } = await import(outfile);
  runSearchBench(root);
}

const minimalInk = await minimalInkApp();
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
);
await startup(node);
for (const other of otherNodes()) await startup(other);
await tabSwitch();
if (!process.argv.includes('--only-startup')) {
  await searchTyping();
  await restingMemory();
  runScaleBench();
  await searchCore();
}
process.exit(0);
