// An id made from a heading in any script is a valid id everywhere: in the guide, in lint, and in
// the progress file, so that marks on it are saved and read back.
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { ID_PATTERN, slugify } from '../../source/domain/guide/slug.js';
import { decodeProgress, encodeProgress } from '../../source/domain/progress/progress-file.js';
import { applyChanges } from '../../source/domain/progress/progress.js';
import type { GuideRecord } from '../../source/domain/progress/progress-file.js';

const GUIDE = `---
id: mix
title: Mixed scripts
---

## Steps

### Café crème

Text.

### Позвонить

Text.

### Ελληνικά

Text.

### ß straße

Text.

### 日本語のステップ

Text.
`;

describe('ids in any script', () => {
  it('are made from headings, accepted by the parser, and read back from progress', () => {
    const parsed = parseGuide(GUIDE);
    expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const ids = parsed.guide?.steps.map((step) => step.id) ?? [];
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(ID_PATTERN.test(id), id).toBe(true);
    const at = '2026-12-06T10:00:00.000Z';
    const record = applyChanges(
      { done: new Map() } as GuideRecord,
      ids.map((item) => ({ type: 'done' as const, item, at })),
      at,
    );
    const file = { formatVersion: 2, guides: new Map([['mix', record]]) } as unknown as Parameters<
      typeof encodeProgress
    >[0];
    const decoded = decodeProgress(JSON.parse(JSON.stringify(encodeProgress(file))), at);
    expect(decoded.ok && decoded.dropped).toEqual([]);
    expect(decoded.ok && [...(decoded.file.guides.get('mix')?.done.keys() ?? [])]).toEqual(ids);
  });

  it('still refuses what is not a slug', () => {
    for (const bad of ['Upper', 'with space', '-lead', '', 'a/b', 'ÉTÉ']) {
      expect(ID_PATTERN.test(bad), bad).toBe(false);
    }
    expect(ID_PATTERN.test(slugify('ÉTÉ à Paris'))).toBe(true);
  });
});
