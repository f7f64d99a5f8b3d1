// THIRD-PARTY-NOTICES names every package whose code the bundle holds, with its licence text: the
// bundle is made again here, in memory, and its inputs compared with the file the build wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from '../../scripts/bundle-options.js';
import { ROOT } from '../helpers/terminal.js';

const notices = readFileSync(join(ROOT, 'THIRD-PARTY-NOTICES'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('THIRD-PARTY-NOTICES', () => {
  it('has a notice, with licence text, for every package in the bundle', async () => {
    const { metafile } = await build({
      ...bundleOptions(ROOT, pkg.version, 'test'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const packages = new Set<string>();
    for (const input of Object.keys(metafile?.inputs ?? {})) {
      // The last node_modules/<package> of the path: the package the file belongs to.
      const at = input.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const name = input.slice(at + 'node_modules/'.length).match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[1];
      const dir = input.slice(0, at) + 'node_modules/' + name;
      const { version } = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      packages.add(`${name} ${version}`);
    }
    expect(packages.size).toBeGreaterThan(50);
    for (const entry of packages) {
      expect(notices, entry).toContain(`\n  ${entry}\n`);
      // Its own section, with a licence line.
      expect(notices, entry).toMatch(
        new RegExp(`\\n${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nLicence: `),
      );
    }
    for (const core of ['ink', 'react', 'fuse.js', 'conf', 'yoga-layout']) {
      expect(notices).toMatch(new RegExp(`\\n  ${core.replace('.', '\\.')} \\d`));
    }
  });

  it('carries the WordNet licence for the lexicon and the date-holidays attribution', () => {
    expect(notices).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(notices).toMatch(/dist\/holidays\.json: made from date-holidays [\d.]+ .*CC-BY-3\.0/);
  });

  it('is shipped in the package', () => {
    expect(pkg.files).toContain('THIRD-PARTY-NOTICES');
  });
});
