import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../source/domain/guide/import-article.js';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import type { Guide } from '../../source/domain/guide/guide.js';
import { ROOT } from '../helpers/terminal.js';

// An article shaped like the ones people paste in (an intro, "Step N:", "Sub-step N.M:", labelled
// lines, tips, questions), written for these tests.
const PIN_ARTICLE = join(ROOT, 'test', 'fixtures', 'articles', 'pin-article.txt');
const fixture = (name: string) =>
  readFileSync(join(ROOT, 'test', 'fixtures', 'articles', name), 'utf8');

function imported(
  text: string,
  options = {},
): { guide: Guide; warnings: readonly { line: number; message: string }[] } {
  const result = importArticle(text, options);
  if (!result.ok) throw new Error(result.error);
  const parsed = parseGuide(result.markdown);
  const errors = parsed.problems.filter((problem) => problem.severity === 'error');
  expect(errors).toEqual([]);
  if (!parsed.guide) throw new Error('no guide');
  return { guide: parsed.guide, warnings: result.warnings };
}

describe('importing an article about getting a PIN back', () => {
  // Read in the tests, not here: a skipped block still runs its body.
  let seed: Guide | undefined;
  const article = () =>
    (seed ??= imported(readFileSync(PIN_ARTICLE, 'utf8'), { id: 'seed' }).guide);

  it('finds its 5 steps and 8 sub-steps, with their titles', () => {
    expect(article().steps.map((step) => step.title)).toEqual([
      'The Ways to Get Your PIN Back',
      'Use Your Online Account (Usually Quickest)',
      'Call Customer Service (When Online Does Not Work)',
      'Have the PIN Posted to You (Slow but Sure)',
      'Once You Have the PIN',
    ]);
    expect(article().steps.map((step) => step.substeps.length)).toEqual([0, 2, 2, 2, 2]);
    expect(article().steps[3]?.substeps.map((sub) => sub.title)).toEqual([
      'Ask for the Letter',
      'When the Letter Comes',
    ]);
  });

  it('keeps the labelled lines as bold list items in the right body', () => {
    expect(article().steps[1]?.substeps[0]?.body.markdown).toContain(
      '- **Give Your Card Details**:',
    );
    expect(article().steps[3]?.substeps[1]?.body.markdown).toContain('five to ten working days');
  });

  it('finds the 5 tips and the 10 questions with their answers', () => {
    expect(article().tips.map((tip) => tip.title)).toEqual([
      'Plan Ahead',
      'Check Your Address',
      'Expect Checks',
      'Keep It Secret',
      'Watch for Scams',
    ]);
    expect(article().faqs).toHaveLength(10);
    expect(article().faqs[1]?.question).toBe('Will the issuer text me my PIN?');
    expect(article().faqs[1]?.answer.markdown).toMatch(/^No, a PIN is never sent by text message/);
    expect(article().faqs[9]?.answer.markdown).toMatch(
      /ask customer service whether you can pick one\.$/,
    );
  });

  it('turns the opening paragraphs into the summary, and uses the id given', () => {
    expect(article().id).toBe('seed');
    expect(article().summary).toMatch(/^Lost track of the PIN/);
    expect(article().summary).toMatch(/Off we go!$/);
  });
});

describe('importing other articles', () => {
  it('puts a sub-step numbered for another step under the step it stands in, with a warning', () => {
    const result = importArticle(
      'Step 1: First\nDo it.\n1.1 Part a\nText.\nStep 2: Second\n1.2 Misnumbered\nText.\n7.1 Nowhere\n',
    );
    if (!result.ok) throw new Error(result.error);
    const { guide } = parseGuide(result.markdown);
    expect(guide?.steps.map((step) => step.substeps.map((sub) => sub.title))).toEqual([
      ['Part a'],
      ['Misnumbered'],
    ]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { line: 6, message: expect.stringMatching(/numbered for step 1 but stands under step 2/) },
        { line: 8, message: expect.stringMatching(/no step 7: kept as text/) },
      ]),
    );
  });

  it('reads "Step N - Title" and "N.M Title" with Windows line endings', () => {
    const { guide } = imported(fixture('library-card-crlf.txt'), { fallbackTitle: 'Library card' });
    expect(guide.title).toBe('Library card');
    expect(guide.steps.map((step) => step.title)).toEqual([
      'Gather your documents',
      'Visit the front desk',
      'Collect the new card',
    ]);
    expect(guide.steps[1]?.substeps.map((sub) => sub.title)).toEqual([
      'Ask for the renewal form',
      'Hand in the form',
    ]);
    expect(guide.steps[0]?.body.markdown).toContain('- **Proof of address**: a bill');
    expect(guide.tips.map((tip) => tip.title)).toEqual(['Go early', 'Bring a pen']);
    expect(guide.faqs.map((faq) => faq.question)).toEqual([
      'Does renewal cost anything?',
      'Can someone renew for me?',
    ]);
    expect(guide.faqs[1]?.answer.markdown).toBe(
      'Only with a signed letter from you.\n\nAnd your ID.',
    );
    expect(JSON.stringify(guide)).not.toContain('\r');
  });

  it('reads Markdown headings: "## Step N: ..." steps and "###" sub-steps, and a title', () => {
    const { guide } = imported(fixture('bike-tyre.md'));
    expect(guide.title).toBe('Fix a flat bike tyre');
    expect(guide.id).toBe('fix-a-flat-bike-tyre');
    expect(guide.steps.map((step) => step.substeps.map((sub) => sub.title))).toEqual([
      ['Loosen the quick release', 'Lift the wheel out'],
      ['Check the tyre too'],
      [],
    ]);
    expect(guide.faqs.map((faq) => faq.answer.markdown)).toEqual([
      'A good patch lasts as long as the tube.',
      'No: it ruins the rim.',
    ]);
    expect(guide.tips).toHaveLength(2);
  });

  it('reads an article with no sub-steps, tips or questions', () => {
    const { guide } = imported(fixture('houseplant.txt'), { id: 'houseplant' });
    expect(guide.steps.map((step) => step.title)).toEqual([
      'Check the soil',
      'Water only when dry',
      'Find the right light',
    ]);
    expect(guide.steps[1]?.body.markdown).toBe(
      'Water until it drains from the bottom of the pot.\n\nEmpty the saucer after ten minutes.',
    );
    expect(guide.tips).toEqual([]);
    expect(guide.faqs).toEqual([]);
  });

  it('keeps a question the article does not answer, saying so', () => {
    const result = importArticle('Step 1: Go\nNow.\n\nFAQ\nIs that all?\n', { id: 'x' });
    expect(result.ok && result.warnings).toContainEqual({
      line: 5,
      message: 'question "Is that all?" has no answer in the article',
    });
    const guide = parseGuide(result.ok ? result.markdown : '').guide;
    expect(guide?.faqs[0]?.answer.markdown).toBe('*(The article gives no answer.)*');
  });

  it('refuses an article with no steps', () => {
    expect(importArticle(fixture('no-steps.txt'))).toEqual({
      ok: false,
      error: expect.stringMatching(/no steps found/),
    });
  });

  it('warns, with the line, about text that fits no part, and keeps it', () => {
    const text =
      'Intro.\n\nStep 1: Do it\nText.\n\nFAQ\nA stray line before any question.\nIs it done?\nYes.\n';
    const result = importArticle(text, { id: 'x' });
    expect(result.ok && result.warnings).toContainEqual({
      line: 7,
      message: 'text before the first question: kept in the summary',
    });
    expect(result.ok && result.markdown).toContain('A stray line before any question.');
  });
});

describe('importing hostile articles', () => {
  it('keeps angle brackets as text: key names, tags and comment openers show as written', () => {
    const result = importArticle(
      'Step 1: Keys\nPress <Ctrl> + <Alt> + <Del>.\n<div>a line</div>\n<!-- not a comment\nStep 2: Next\nDo it.\n',
    );
    if (!result.ok) throw new Error(result.error);
    const guide = parseGuide(result.markdown).guide;
    const text = JSON.stringify(guide?.steps[0]?.body.blocks);
    expect(text).toContain('<Ctrl> + <Alt> + <Del>');
    expect(text).toContain('<div>a line</div>');
    expect(text).toContain('<!-- not a comment');
    // The unclosed comment swallows nothing: the second step is there.
    expect(guide?.steps.map((step) => step.title)).toEqual(['Keys', 'Next']);
  });

  // Quadratic before: 20,000 labelled lines took about 27 s, past the test's time-out.
  it('takes time in proportion to the article: 20,000 labelled lines as one list', () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `Label ${index}: text ${index}`);
    const result = importArticle(`Step 1: Many\n${lines.join('\n')}\n`);
    if (!result.ok) throw new Error(result.error);
    expect(result.markdown.match(/^- \*\*Label \d+\*\*: text \d+$/gm)).toHaveLength(20_000);
  });
});

describe('what an article holds besides steps', () => {
  const article = [
    '# 2024',
    'Press <Enter> to go on; `<Ctrl>` and # are words here.',
    '',
    'Step 1: Write the script',
    'Save this:',
    '```',
    'Step 2: not a step, an example',
    'if a < b then echo "<ok>"',
    '```',
    '| Plan | Price |',
    '| --- | --- |',
    '| Basic <1> | $5 |',
    'Step 2: Run it',
    'Use `<Tab>` to finish.',
  ].join('\n');

  it('keeps code fences and tables as written, and steps inside a fence are code', () => {
    const result = importArticle(article);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseGuide(result.markdown);
    expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const guide = parsed.guide!;
    expect(guide.id).toBe('2024');
    expect(guide.steps.map((step) => step.title)).toEqual(['Write the script', 'Run it']);
    expect(result.markdown).toContain(
      '```\nStep 2: not a step, an example\nif a < b then echo "<ok>"\n```',
    );
    expect(result.markdown).toContain('| Plan | Price |\n| --- | --- |\n| Basic \\<1> | $5 |');
    // In code, no backslash shows; in the summary, which is plain text, none either.
    expect(result.markdown).toContain('Use `<Tab>` to finish.');
    expect(guide.summary).toBe('Press <Enter> to go on; `<Ctrl>` and # are words here.');
  });
});

describe('an article is text: nothing in it is read as markup', () => {
  it.each([
    'Dial *67 first, then press 1*2*3 then #',
    'Open C:\\Users\\name\\*.txt or \\\\server\\share\\_x_',
    'Use *stars* and _underscores_ as they are',
    '[ref]: http://evil.example',
    'See [link][ref] and [click](javascript:alert(1))',
    'Type &amp; and &lt;b&gt; as shown',
  ])('%s', (line) => {
    const result = importArticle(`# Phones\n\nStep 1: Call\n${line}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const guide = parseGuide(result.markdown).guide!;
    const step = JSON.stringify(guide.steps[0]);
    for (const word of line.split(' ')) expect(step).toContain(JSON.stringify(word).slice(1, -1));
    expect(step).not.toContain('javascript:alert(1)"');
  });

  it('a year at the start of a line and a line of dashes stay text', () => {
    const result = importArticle(
      '# History\n\nStep 1: Read\nIt began then.\n1986. That was the year.\n---\nThe end.\n',
    );
    expect(result.ok && result.markdown).toContain('1986\\. That was the year.');
    if (!result.ok) return;
    const step = JSON.stringify(parseGuide(result.markdown).guide!.steps[0]);
    expect(step).toContain('1986. That was the year.');
    expect(step).not.toContain('\\\\1986');
    expect(step).toContain('---');
  });

  it('20,000 steps of one title take their numbers in linear time', () => {
    const text = `# Same\n\n${Array.from({ length: 20_000 }, (_, i) => `Step ${i + 1}: Same`).join('\n')}\n`;
    const result = importArticle(text);
    expect(result.ok && result.markdown).toContain('<!-- id: same-20000 -->');
  }, 20_000);
});
