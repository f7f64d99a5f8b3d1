// Run once before the tests (vitest globalSetup): the caches a person has after their first run,
// made once and shared, so that each of the hundreds of commands and app starts the tests make
// does not compile the bundle and parse the built-in guide again (about 150 ms a start).
// Tests of the caches themselves turn this off (see warmStart in terminal.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A config folder whose cache holds the built-in guide, and Node's compile cache beside. */
    warmCaches: { seed: string; compile: string };
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-warm-'));
  const caches = { seed: join(dir, 'seed'), compile: join(dir, 'compile') };
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'stepwise.js');
  for (const args of [['print'], ['print', '--lang', 'es']]) {
    spawnSync(process.execPath, [bin, ...args], {
      env: { ...process.env, STEPWISE_CONFIG_DIR: caches.seed, NODE_COMPILE_CACHE: caches.compile },
      stdio: 'ignore',
    });
  }
  project.provide('warmCaches', caches);
}
