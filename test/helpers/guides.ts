import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import type { Guide } from '../../source/domain/guide/guide.js';
import { ROOT } from './terminal.js';

export const AMEX_PATH = join(ROOT, 'content', 'amex-pin.md');
export const amexText = () => readFileSync(AMEX_PATH, 'utf8');

/** The small guide that unit and component tests are written against (not the shipped one). */
export const ERRAND_PATH = join(ROOT, 'test', 'fixtures', 'unit', 'errand.md');

export function errandGuide(): Guide {
  const { guide, problems } = parseGuide(readFileSync(ERRAND_PATH, 'utf8'));
  if (!guide) throw new Error(`the test guide does not parse: ${JSON.stringify(problems)}`);
  return guide;
}

export function amexGuide(): Guide {
  const { guide, problems } = parseGuide(amexText());
  if (!guide) throw new Error(`built-in guide does not parse: ${JSON.stringify(problems)}`);
  return guide;
}

/** A small valid guide to build test cases from. */
export const MINI = `---
id: mini
title: Mini guide
routes:
  a: Route A
  b: Route B
---

## Steps

### First step

Do the first thing.

### Second step
<!-- route: a -->

#### Part one

Text one.

#### Part two
<!-- wait: 2-3 business days -->

Text two.

### Third step
<!-- {id: third, route: b} -->

Text three.

## Tips

### A tip

Tip text.

## FAQ

### A question?
<!-- keywords: [alpha, beta] -->

An answer.
`;

/** Thursday 26 November 2026, 10:00 UTC: the day the examples in the issues use. */
export const NOW_ISO = '2026-11-26T10:00:00.000Z';
