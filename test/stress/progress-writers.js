// Stress test for saving progress from many processes at once (`npm run stress`). Not part of
// `npm test`: it starts hundreds of processes. Prints what it found; exits 1 if a mark was lost.
//   1. N concurrent `stepwise done <item>` on different items, several rounds: every mark kept.
//   2. A kill -9 loop: writers killed at random moments; every mark a writer reported saved (exit
//      0) is in the file, the file is valid JSON throughout, and nothing is left behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'stepwise.js');
const CONCURRENT = Number(process.env.WRITERS ?? 60);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const KILLS = Number(process.env.KILLS ?? 500);

function guideWith(count) {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-stress-guide-'));
  const steps = Array.from({ length: count }, (_, index) => `### Item ${index}\n\nDo ${index}.\n`);
  const path = join(dir, 'stress.md');
  writeFileSync(path, `---\nid: stress\ntitle: Stress\n---\n\n## Steps\n\n${steps.join('\n')}`);
  return { path, ids: Array.from({ length: count }, (_, index) => `item-${index}`) };
}

function done(configDir, guide, id, killAfterMs) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, 'done', id, '--guide', guide], {
      env: { ...process.env, STEPWISE_CONFIG_DIR: configDir },
      stdio: 'ignore',
    });
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolveRun({ code, signal });
    });
  });
}

function saved(configDir) {
  const file = JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
  return new Set(Object.keys(file.guides.stress?.done ?? {}));
}

const guide = guideWith(Math.max(CONCURRENT, 50));
let failed = false;

for (let round = 1; round <= ROUNDS; round += 1) {
  const configDir = mkdtempSync(join(tmpdir(), 'stepwise-stress-'));
  const ids = guide.ids.slice(0, CONCURRENT);
  const results = await Promise.all(ids.map((id) => done(configDir, guide.path, id)));
  const ok = results.filter((result) => result.code === 0).length;
  const marks = saved(configDir);
  const lost = ids.filter((id) => !marks.has(id)).length;
  const leftovers = readdirSync(configDir).filter((name) => /\.(lock|tmp-)/.test(name));
  console.log(
    `concurrent round ${round}: ${CONCURRENT} writers, ${ok} exit 0, ${lost} marks lost, ${leftovers.length} leftovers`,
  );
  if (lost > 0 || ok !== CONCURRENT) failed = true;
}

{
  const configDir = mkdtempSync(join(tmpdir(), 'stepwise-stress-kill-'));
  const reported = new Set();
  let killed = 0;
  let invalidJson = 0;
  // Two writers at a time, half of them killed at a random moment between start-up and saving.
  for (let index = 0; index < KILLS; index += 2) {
    const pair = [0, 1].map((offset) => {
      const id = guide.ids[(index + offset) % guide.ids.length];
      const kill = Math.random() < 0.5 ? 20 + Math.random() * 200 : undefined;
      return done(configDir, guide.path, id, kill).then((result) => ({ id, ...result }));
    });
    for (const result of await Promise.all(pair)) {
      if (result.signal === 'SIGKILL') killed += 1;
      if (result.code === 0) reported.add(result.id);
    }
    try {
      JSON.parse(readFileSync(join(configDir, 'progress.json'), 'utf8'));
    } catch (error) {
      if (error.code !== 'ENOENT') invalidJson += 1;
    }
  }
  // One more writer, as the next start after the last kill: it tidies up what a killed one left.
  await done(configDir, guide.path, guide.ids[0]);
  reported.add(guide.ids[0]);
  const marks = saved(configDir);
  const lost = [...reported].filter((id) => !marks.has(id)).length;
  const leftovers = readdirSync(configDir).filter((name) => /\.(lock|tmp-)/.test(name));
  console.log(
    `kill loop: ${KILLS} writers, ${killed} killed, ${reported.size} distinct marks reported saved, ${lost} of them lost, ${invalidJson} invalid reads, ${leftovers.length} leftovers`,
  );
  if (lost > 0 || invalidJson > 0 || leftovers.length > 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
