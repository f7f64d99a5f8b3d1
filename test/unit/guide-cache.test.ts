// The guide cache cleans up after itself: a write that fails leaves no half-written file behind
// (on a full disk such files take the room progress needs), and prunes what killed runs left.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuideCache } from '../../source/adapters/guide-cache.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { MINI } from '../helpers/guides.js';

describe('the guide cache', () => {
  it('leaves no temporary file when a write fails, and removes those left by others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-cache-'));
    const cache = new GuideCache(dir, 'build-1');
    const result = parseGuide(MINI);
    cache.write('/guides/mini.md', MINI, result);
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/^guide-.*\.json$/);
    // The entry's place is taken by a folder with something in it: the rename will fail.
    const blocked = join(dir, entry!);
    rmSync(blocked);
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    writeFileSync(join(dir, 'guide-x.json.999.tmp'), 'left by a killed run');
    cache.write('/guides/mini.md', MINI, result);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
