import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { MINI } from '../helpers/guides.js';

const errorsOf = (text: string) =>
  parseGuide(text).problems.filter((problem) => problem.severity === 'error');

describe('parsing a guide', () => {
  const { guide } = parseGuide(MINI);

  it('numbers steps and sub-steps by order', () => {
    expect(guide?.steps.map((step) => step.number)).toEqual(['1', '2', '3']);
    expect(guide?.steps[1]?.substeps.map((sub) => sub.number)).toEqual(['2.1', '2.2']);
  });

  it('derives ids from headings unless the author gives one', () => {
    expect(guide?.steps.map((step) => step.id)).toEqual(['first-step', 'second-step', 'third']);
    expect(guide?.steps[1]?.substeps.map((sub) => sub.id)).toEqual([
      'second-step.part-one',
      'second-step.part-two',
    ]);
    expect(guide?.tips[0]?.id).toBe('tip.a-tip');
    expect(guide?.faqs[0]?.id).toBe('faq.a-question');
  });

  it('keeps Markdown bodies, lists and links', () => {
    const { guide: rich } = parseGuide(
      MINI.replace('Do the first thing.', '- **one** and [site](https://example.com)\n- two'),
    );
    const body = rich?.steps[0]?.body;
    expect(body?.markdown).toBe('- **one** and [site](https://example.com)\n- two');
    expect(body?.blocks[0]).toMatchObject({ kind: 'list', ordered: false, items: [[{}], [{}]] });
  });

  it('strips leading numbers from headings', () => {
    const { guide: numbered } = parseGuide(
      MINI.replace('### First step', '### Step 1: First step'),
    );
    expect(numbered?.steps[0]?.title).toBe('First step');
    expect(numbered?.steps[0]?.id).toBe('first-step');
  });
});

describe('id stability', () => {
  const ids = (text: string) => {
    const { guide } = parseGuide(text);
    return guide?.steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]);
  };
  const before = ids(MINI) ?? [];

  it('keeps ids when a paragraph is added elsewhere', () => {
    expect(ids(MINI.replace('Text one.', 'Text one.\n\nA new paragraph.'))).toEqual(before);
  });

  it('keeps the other ids when a new step is inserted', () => {
    const after = ids(
      MINI.replace('### Second step', '### A brand new step\n\nNew.\n\n### Second step'),
    );
    expect(after?.filter((id) => id !== 'a-brand-new-step')).toEqual(before);
  });
});

describe('bad input', () => {
  const cases: [string, string, number, RegExp][] = [
    ['no front matter', '## Steps\n\n### A\n\ntext\n', 1, /missing front matter/],
    ['unclosed front matter', '---\nid: x\ntitle: X\n', 1, /not closed/],
    ['invalid YAML', '---\nid: x\ntitle: [oops\n---\n', 3, /invalid front matter/],
    ['missing title', MINI.replace('title: Mini guide\n', ''), 1, /missing "title"/],
    ['missing id', MINI.replace('id: mini\n', ''), 1, /missing "id"/],
    ['bad id', MINI.replace('id: mini', 'id: Not A Slug'), 2, /front matter "id"/],
    [
      'sub-step before any step',
      MINI.replace('### First step', '#### Orphan\n\nx\n\n### First step'),
      11,
      /before any step/,
    ],
    ['FAQ without an answer', MINI.replace('An answer.', ''), 40, /has no answer/],
    [
      'duplicate ids',
      MINI.replace(
        '### Third step\n<!-- {id: third, route: b} -->',
        '### Third step\n<!-- {id: first-step, route: b} -->',
      ),
      27,
      /duplicate id "first-step"/,
    ],
    [
      'unknown route',
      MINI.replace('<!-- route: a -->', '<!-- route: fax -->'),
      16,
      /unknown route "fax" \(declared routes: a, b\)/,
    ],
    ['malformed wait', MINI.replace('2-3 business days', 'soon'), 23, /malformed wait "soon"/],
    ['unknown section', MINI.replace('## Tips', '## Extras'), 32, /unknown section "Extras"/],
    [
      'misplaced metadata',
      MINI.replace('<!-- keywords: [alpha, beta] -->', '<!-- route: a -->'),
      41,
      /"route" does not apply to a FAQ/,
    ],
  ];

  it.each(cases)('%s', (_name, text, line, message) => {
    const errors = errorsOf(text);
    expect(errors.map((error) => error.message)).toContainEqual(expect.stringMatching(message));
    expect(errors.find((error) => message.test(error.message))?.line).toBe(line);
  });

  it('reports every problem at once', () => {
    const text = MINI.replace('<!-- route: a -->', '<!-- route: fax -->').replace('An answer.', '');
    expect(errorsOf(text)).toHaveLength(2);
  });

  it('warns about thin content', () => {
    const { problems, guide } = parseGuide(MINI.replace('<!-- keywords: [alpha, beta] -->', ''));
    expect(guide).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/no keywords/),
      }),
    ]);
  });
});

describe('what to have at hand', () => {
  const withNeeds = (meta: string) =>
    `---\nid: n\ntitle: N\n---\n\n## Steps\n\n### One\n<!-- ${meta} -->\n\nText.\n\n#### Part\n<!-- needs: pen, paper -->\n\nText.\n\n## Tips\n\n### Tip\n<!-- needs: [x] -->\n\nText.\n`;

  it('is read as a list from YAML or from words with commas, on steps and sub-steps', () => {
    const { guide, problems } = parseGuide(
      withNeeds('{ needs: [card, ID] }').replace(/## Tips[\s\S]*/, ''),
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(guide?.steps[0]?.needs).toEqual(['card', 'ID']);
    expect(guide?.steps[0]?.substeps[0]?.needs).toEqual(['pen', 'paper']);
  });

  it('does not apply to tips', () => {
    const { problems } = parseGuide(withNeeds('{ needs: [card] }'));
    expect(problems.map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/"needs" does not apply to a tip/),
    );
  });
});

describe('what ends a wait', () => {
  const guideWith = (meta: string, after = '#### Came\n\nIt came.\n') =>
    `---\nid: waits\ntitle: Waits\n---\n\n## Steps\n\n### Ask\n\n#### Send\n\n<!--\n${meta}\n-->\n\nSend it.\n\n${after}\n#### Other\n\nOther.\n`;

  it('is the next sub-step of the same step unless the guide says', () => {
    const { guide } = parseGuide(guideWith('wait: 3 days'));
    expect(guide?.steps[0]?.substeps[0]?.wait?.until).toEqual(['ask.came']);
    const named = parseGuide(guideWith('wait: 3 days\nuntil: [ask.other, ask.came]')).guide;
    expect(named?.steps[0]?.substeps[0]?.wait?.until).toEqual(['ask.other', 'ask.came']);
  });

  it('must name items of the guide, and needs a wait', () => {
    expect(errorsOf(guideWith('wait: 3 days\nuntil: nowhere')).map((p) => p.message)).toEqual([
      '"until: nowhere" is not the id of a step or sub-step of this guide',
    ]);
    expect(errorsOf(guideWith('until: ask.came')).map((p) => p.message)).toEqual([
      '"until" needs a "wait" to end',
    ]);
  });
});

describe('what parsing may cost', () => {
  const guide = (body: string) =>
    `---\nid: bomb\ntitle: Bomb\n---\n\n## Steps\n\n### One\n\n${body}`;

  it.each([
    ['list items', '- a\n'.repeat(1_200_000)],
    ['paragraphs', 'a para\n\n'.repeat(100_000)],
    ['table rows', `| a | b |\n| - | - |\n${'| 1 | 2 |\n'.repeat(100_000)}`],
  ])('refuses a guide of too many %s at once, in one line with its place', (_what, body) => {
    // Before the limit, these took minutes and gigabytes: past the test's time-out.
    const result = parseGuide(guide(body));
    expect(result.guide).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    // Table rows meet the limit on table cells first.
    expect(result.problems[0]?.message).toMatch(
      /^more than (60,000 paragraphs, list items|4,000 table cells)/,
    );
    expect(result.problems[0]?.line).toBeGreaterThan(1_000);
  });

  it('refuses a table row with thousands of cells', () => {
    const result = parseGuide(guide(`| ${'x | '.repeat(5_000)}\n| - |\n`));
    expect(result.problems[0]?.message).toMatch(/^a table row with more than 64 cells/);
  });

  it('keeps a guide of thousands of blocks', () => {
    expect(parseGuide(guide('a para\n\n'.repeat(2_000))).guide).toBeDefined();
  });
});

describe('front matter nested thousands deep', () => {
  it.each([
    ['flow lists', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
    ['flow mappings', `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`],
  ])('%s: one line that says so, not a stack overflow', (_name, deep) => {
    const result = parseGuide(
      `---\nid: x\ntitle: T\nroutes: ${deep}\n---\n\n## Steps\n\n### One\n`,
    );
    expect(result.guide).toBeUndefined();
    expect(result.problems[0]?.message).toContain('nested too deeply');
    expect(result.problems.map((problem) => problem.message).join(' ')).not.toContain('call stack');
  });
});

describe('the largest guide the limits allow', () => {
  it('takes 20,000 steps of one paragraph each', () => {
    const steps = Array.from(
      { length: 20_000 },
      (_, i) => `### Step ${i + 1} {#s${i}}\n\nDo ${i}.\n`,
    );
    const result = parseGuide(`---\nid: big\ntitle: Big\n---\n\n## Steps\n\n${steps.join('\n')}`);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.guide?.steps).toHaveLength(20_000);
  }, 60_000);
});

describe('what parsing costs, counted before it is paid', () => {
  const head = '---\nid: t\ntitle: T\n---\n\n## Steps\n\n### One {#one}\n\n';
  it('refuses more than 4,000 table cells in a guide, saying so', () => {
    const rows = Array.from({ length: 600 }, () => '| a | b | c | d | e | f | g | h |').join('\n');
    const result = parseGuide(
      `${head}| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n| - | - | - | - | - | - | - | - |\n${rows}\n`,
    );
    expect(result.guide).toBeUndefined();
    expect(result.problems[0]?.message).toMatch(/^more than 4,000 table cells in the guide/);
  });

  it('does not count id comments as blocks: 20,000 items with ids and text fit', () => {
    const steps = Array.from(
      { length: 20_000 },
      (_, i) => `### Step ${i}\n<!-- id: s${i} -->\n\nDo ${i}.\n`,
    );
    const result = parseGuide(`---\nid: big\ntitle: Big\n---\n\n## Steps\n\n${steps.join('\n')}`);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  }, 60_000);

  it('says a metadata comment nested thousands deep is that, not a stack overflow', () => {
    const result = parseGuide(`${head}<!-- keywords: ${'['.repeat(200_000)} -->\n\nText.\n`);
    const messages = result.problems.map((problem) => problem.message).join(' ');
    expect(messages).not.toContain('call stack');
  }, 60_000);
});

describe('one block of megabytes', () => {
  it('is refused before parsing: a paragraph of 5 MB of prose', () => {
    const prose = Array.from(
      { length: 70_000 },
      () => 'plain words wrapped at eighty columns as prose',
    ).join('\n');
    const result = parseGuide(
      `---\nid: p\ntitle: P\n---\n\n## Steps\n\n### One {#one}\n\n${prose}\n`,
    );
    expect(result.guide).toBeUndefined();
    expect(result.problems[0]?.message).toMatch(
      /^a paragraph, list item or table row longer than 50,000/,
    );
  });
});
