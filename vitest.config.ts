import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // End-to-end tests drive real pseudo-terminals; two cores run them best one file at a time each.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 20_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    globalSetup: ['./test/helpers/warm-caches.ts'],
    hookTimeout: 20_000,
  },
});
