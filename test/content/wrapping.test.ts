// Punctuation never starts a line after styled text, in the app's layout and in `print`, at any
// width a terminal may have, for the built-in guide and the test guide.
import { describe, expect, it } from 'vitest';
import { allTasks } from '../../source/domain/progress/progress.js';
import { layoutBlocks, lineText, wrapSpans } from '../../source/domain/text/layout.js';
import { guideToText } from '../../source/domain/text/plain-text.js';
import { amexGuide, errandGuide } from '../helpers/guides.js';

const LONE = /^\s*[.,;:!?)\]]/;

describe.each([
  ['the built-in guide', amexGuide()],
  ['the test guide', errandGuide()],
])('%s', (_name, guide) => {
  const bodies = [
    ...allTasks(guide).map((task) => task.body.blocks),
    ...guide.faqs.map((faq) => faq.answer.blocks),
    ...guide.tips.map((tip) => tip.body.blocks),
  ];

  it('never starts a line with punctuation in the app, at widths 30 to 100', () => {
    for (let width = 30; width <= 100; width += 1) {
      for (const blocks of bodies) {
        for (const line of layoutBlocks(blocks, width).map(lineText)) {
          expect(line, `at ${width}`).not.toMatch(LONE);
        }
      }
    }
  });

  it('never starts a line with punctuation in print, at widths 40 to 100', () => {
    for (let width = 40; width <= 100; width += 1) {
      for (const line of guideToText(guide, width).split('\n')) {
        // "! " marks a warning tip's title in print.
        if (line.startsWith('! ')) continue;
        expect(line, `at ${width}`).not.toMatch(LONE);
      }
    }
  });
});

describe('wrapping styled text', () => {
  it('keeps a full stop with the bold word before it', () => {
    const lines = wrapSpans(
      [{ text: 'try ' }, { text: 'Technical Support', bold: true }, { text: '.' }],
      21,
    ).map(lineText);
    expect(lines).toEqual(['try Technical', 'Support.']);
  });
});
