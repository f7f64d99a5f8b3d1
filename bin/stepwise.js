#!/usr/bin/env node
// The whole app is one bundle, built by `npm run build` (and before every `npm pack`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/stepwise.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('stepwise: this copy is not built yet: run `npm run build` in its folder\n');
  process.exit(1);
}
await import(bundle.href);
