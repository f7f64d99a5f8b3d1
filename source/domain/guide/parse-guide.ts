import { fold } from './slug.js';
import type { Heading, Html, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';
import { describeIssue, readFrontMatter } from './front-matter.js';
import { parseChunks, splitAtHeadings, type ChunkMemo } from './markdown-chunks.js';
import type { Body, Faq, Guide, Step, SubStep, Tip, Wait } from './guide.js';
import type { Problem } from './problem.js';
import { hasErrors } from './problem.js';
import {
  MAX_BLOCK_CHARS,
  MAX_BLOCKS,
  MAX_CELLS,
  MAX_NESTING,
  MAX_TABLE_CELLS,
  tooDeeplyNested,
  tooManyBlocks,
} from './nesting.js';
import { flatText, toBlocks } from './rich-text.js';
import { cleanDeep, sanitize } from '../text/sanitize.js';
import { ID_SCHEMA } from './id-schema.js';
import { ID_PATTERN, slugify } from './slug.js';
import { parseWait } from './wait.js';
import { msg, t } from '../i18n/translate.js';

/** Steps, sub-steps, tips and questions in one guide, at most. */
export const MAX_ITEMS = 20_000;

export type ParseResult = {
  /** Present when the file has no errors (warnings allowed). */
  readonly guide?: Guide;
  readonly problems: readonly Problem[];
};

type SectionKind = 'steps' | 'tips' | 'faqs';

const metaSchema = z.partial(
  z.strictObject({
    id: ID_SCHEMA,
    route: z.string(),
    wait: z.string(),
    then: z
      .string()
      .check(z.regex(ID_PATTERN, msg('must be the id of a step or sub-step, such as "call-them"'))),
    until: z.union([
      z.array(
        z
          .string()
          .check(
            z.regex(ID_PATTERN, msg('must be ids of steps or sub-steps, such as [letter-came]')),
          ),
      ),
      z
        .string()
        .check(
          z.regex(ID_PATTERN, msg('must be the id of a step or sub-step, such as "letter-came"')),
        ),
    ]),
    expect: z.string(),
    keywords: z.union([z.array(z.string()), z.string()]),
    needs: z.union([z.array(z.string()), z.string()]),
    kind: z.enum(['warning', 'note']),
  }),
);
type Meta = z.infer<typeof metaSchema>;

/** Which metadata keys make sense where; anything else is an author mistake worth reporting. */
/** What lint says of a metadata key an item of this kind does not take. */
const NOT_HERE: Record<'step' | 'substep' | 'tip' | 'faq', string> = {
  step: msg('"{key}" does not apply to a step'),
  substep: msg('"{key}" does not apply to a sub-step'),
  tip: msg('"{key}" does not apply to a tip'),
  faq: msg('"{key}" does not apply to a FAQ'),
};

const ALLOWED_META: Record<'step' | 'substep' | 'tip' | 'faq', readonly (keyof Meta)[]> = {
  step: ['id', 'route', 'wait', 'then', 'until', 'expect', 'needs', 'keywords'],
  substep: ['id', 'wait', 'then', 'until', 'expect', 'needs', 'keywords'],
  tip: ['id', 'kind', 'keywords'],
  faq: ['id', 'keywords'],
};

type Draft = {
  kind: 'step' | 'substep' | 'tip' | 'faq';
  title: string;
  line: number;
  meta: Meta;
  /** Where the metadata comment stands, so its mistakes point there. */
  metaLine?: number;
  nodes: RootContent[];
};

function sectionOf(title: string): SectionKind | undefined {
  // Accents folded: a Spanish guide's "Preguntas más frecuentes" is its FAQ.
  const text = fold(title);
  if (/^(steps?|pasos?)\b/.test(text)) return 'steps';
  if (/\b(tips?|considerations?|consejos?)\b/.test(text)) return 'tips';
  if (/\b(faqs?|frequently asked|questions|preguntas)\b/.test(text)) return 'faqs';
  return undefined;
}

// Authors often number headings ("2.1 Register", "Step 3: Call"); the app numbers by order instead.
const LEADING_NUMBER = /^(?:(?:sub-?step|step)\s*)?\d+(?:\.\d+)*\s*[.:)–-]?\s+/i;

function headingTitle(heading: Heading): string {
  return flatText([heading]).trim().replace(LEADING_NUMBER, '').trim();
}

const COMMENT = /^<!--([\s\S]*?)-->$/;

/**
 * Parses a guide file's text into the guide model. Never throws: every mistake in the file comes back
 * as a problem with its line, so a linter can report all of them at once.
 */
export function parseGuide(rawText: string, memo?: ChunkMemo): ParseResult {
  const text = sanitize(rawText);
  const lines = text.split('\n');
  const { frontMatter, problems, bodyStart } = readFrontMatter(lines);
  const bodyText = lines.slice(bodyStart).join('\n');
  const deep = tooDeeplyNested(bodyText);
  if (deep !== undefined) {
    problems.push({
      severity: 'error',
      line: deep + bodyStart,
      message: t('nested too deeply: at most {MAX_NESTING} levels of quotes, lists or emphasis', {
        MAX_NESTING,
      }),
    });
    return cleanDeep({ problems });
  }
  const chunks = splitAtHeadings(bodyText);
  // Headings split the guide; far more of them than any guide has would cost minutes and gigabytes.
  if (chunks.length > MAX_ITEMS + 3) {
    problems.push({
      severity: 'error',
      line: (chunks[MAX_ITEMS + 3]?.line ?? 0) + bodyStart + 1,
      message: t(
        'too many headings ({length}): a guide has at most {value} steps, sub-steps, tips and questions',
        { length: chunks.length, value: MAX_ITEMS },
      ),
    });
    return cleanDeep({ problems });
  }
  // Cost, not only size: every block parses into kilobytes, so their number is limited too.
  const many = tooManyBlocks(bodyText);
  if (many !== undefined) {
    problems.push({
      severity: 'error',
      line: many.line + bodyStart,
      message:
        many.what === 'cells'
          ? t('a table row with more than {MAX_CELLS} cells: split the table', { MAX_CELLS })
          : many.what === 'long block'
            ? t(
                'a paragraph, list item or table row longer than {value} characters: split it into several',
                { value: MAX_BLOCK_CHARS },
              )
            : many.what === 'table cells'
              ? t(
                  'more than {value} table cells in the guide: keep tables short, or split the guide',
                  { value: MAX_TABLE_CELLS },
                )
              : t(
                  'more than {value} paragraphs, list items, table rows and headings: split the guide into several',
                  { value: MAX_BLOCKS },
                ),
    });
    return cleanDeep({ problems });
  }
  const children = parseChunks(bodyText, memo, chunks);
  const fileLine = (node: { position?: { start: { line: number } } }) =>
    (node.position?.start.line ?? 1) + bodyStart;
  const report = (
    severity: Problem['severity'],
    line: number,
    message: string,
    code?: Problem['code'],
  ) => problems.push({ severity, line, message, ...(code && { code }) });

  const drafts: Draft[] = [];
  let section: SectionKind | undefined;
  let current: Draft | undefined;
  let lastStep: Draft | undefined;
  let expectMeta = false;

  for (const node of children) {
    if (node.type === 'heading') {
      expectMeta = false;
      const title = headingTitle(node);
      if (node.depth === 1) {
        current = undefined;
        continue;
      }
      if (node.depth === 2) {
        section = sectionOf(title);
        current = undefined;
        if (!section) {
          report(
            'error',
            fileLine(node),
            t('unknown section "{title}": use "## Steps", "## Tips" or "## FAQ"', { title }),
          );
        }
        continue;
      }
      if (node.depth === 3 || node.depth === 4) {
        const kind =
          node.depth === 4
            ? section === 'steps'
              ? 'substep'
              : undefined
            : section === 'steps'
              ? 'step'
              : section === 'tips'
                ? 'tip'
                : section === 'faqs'
                  ? 'faq'
                  : undefined;
        if (kind === undefined) {
          report(
            'error',
            fileLine(node),
            node.depth === 4
              ? t(
                  '"#### {title}" is a sub-step heading, but it is not under a step in "## Steps"',
                  { title },
                )
              : t('"### {title}" is not inside a "## Steps", "## Tips" or "## FAQ" section', {
                  title,
                }),
          );
          current = undefined;
          continue;
        }
        if (kind === 'substep' && !lastStep) {
          report(
            'error',
            fileLine(node),
            t('sub-step "{title}" comes before any step: add a "### " step heading above it', {
              title,
            }),
          );
          current = undefined;
          continue;
        }
        if (!title) {
          report('error', fileLine(node), t('heading has no text'));
          current = undefined;
          continue;
        }
        current = { kind, title, line: fileLine(node), meta: {}, nodes: [] };
        drafts.push(current);
        if (kind === 'step') lastStep = current;
        expectMeta = true;
        continue;
      }
    }

    if (expectMeta && current && node.type === 'html' && COMMENT.test(node.value.trim())) {
      current.meta = readMeta(node, current, fileLine(node), report);
      current.metaLine = fileLine(node);
      expectMeta = false;
      continue;
    }
    expectMeta = false;
    if (node.type === 'html' && COMMENT.test(node.value.trim())) continue;
    if (current) {
      current.nodes.push(node);
    } else if (section || node.type !== 'definition') {
      report(
        'warning',
        fileLine(node),
        section
          ? t(
              'text before the first "### " heading of this section is not shown; move it under a heading',
            )
          : t(
              'text outside the Steps, Tips and FAQ sections is not shown; put an introduction in "summary"',
            ),
      );
    }
  }

  const guide = frontMatter ? assemble(frontMatter, drafts, bodyText, report) : undefined;
  if (frontMatter && guide && guide.steps.length === 0) {
    report(
      'error',
      bodyStart + 1,
      t('the guide has no steps: add "## Steps" with "### " step headings'),
    );
  }
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  // YAML escapes and Markdown character references can make controls after `sanitize`: the
  // finished result is cleaned once more, whole, before anything can show it.
  return cleanDeep(
    hasErrors(sorted) || !guide ? { problems: sorted } : { guide, problems: sorted },
  );
}

function readMeta(
  node: Html,
  draft: Draft,
  line: number,
  report: (severity: Problem['severity'], line: number, message: string) => void,
): Meta {
  const inner = COMMENT.exec(node.value.trim())?.[1] ?? '';
  let data: unknown;
  try {
    data = parseYaml(inner, { maxAliasCount: 100 });
  } catch (error) {
    report(
      'error',
      line,
      error instanceof RangeError || /call stack/i.test((error as Error).message)
        ? t('metadata comment is nested too deeply to read: it holds an id and a few keywords')
        : t('metadata comment is not valid YAML: {value}', {
            value: (error as Error).message.split('\n')[0] ?? '',
          }),
    );
    return {};
  }
  // A plain comment (prose, not key: value) after a heading is just a comment.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const parsed = metaSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const detail =
        issue.code === 'unrecognized_keys'
          ? t('unknown metadata keys {keys}', {
              count: issue.keys.length,
              keys: issue.keys.map((key) => `"${key}"`).join(', '),
            })
          : t('metadata "{key}": {problem}', {
              key: issue.path.join('.'),
              problem: describeIssue(issue),
            });
      report(
        'error',
        line,
        `${detail} ${t('(allowed here: {keys})', { keys: ALLOWED_META[draft.kind].join(', ') })}`,
      );
    }
    return {};
  }
  const misplaced = Object.keys(parsed.data).filter(
    (key) => !ALLOWED_META[draft.kind].includes(key as keyof Meta),
  );
  for (const key of misplaced) {
    report(
      'error',
      line,
      `${t(NOT_HERE[draft.kind], { key })} ${t('(allowed here: {keys})', { keys: ALLOWED_META[draft.kind].join(', ') })}`,
    );
  }
  return parsed.data;
}

/** A list in metadata, written as a YAML list or as words separated by commas. */
function listOf(value: string | readonly string[] | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  return items.map((item) => item.trim()).filter(Boolean);
}

function assemble(
  frontMatter: ReturnType<typeof readFrontMatter>['frontMatter'] & object,
  drafts: readonly Draft[],
  source: string,
  report: (
    severity: Problem['severity'],
    line: number,
    message: string,
    code?: Problem['code'],
  ) => void,
): Guide {
  const seen = new Map<string, number>();
  const claim = (draft: Draft, derived: string): string => {
    const id = draft.meta.id ?? derived;
    const first = seen.get(id);
    if (first !== undefined) {
      report(
        'error',
        draft.line,
        t(
          'duplicate id "{id}" (first used on line {first}): give one of them an explicit id, e.g. <!-- id: {id}-2 -->',
          { id, first },
        ),
      );
    } else {
      seen.set(id, draft.line);
    }
    return id;
  };
  const bodyOf = (draft: Draft): Body => {
    const first = draft.nodes[0]?.position?.start.offset;
    const last = draft.nodes.at(-1)?.position?.end.offset;
    const markdown =
      first === undefined || last === undefined ? '' : source.slice(first, last).trim();
    return { markdown, blocks: toBlocks(draft.nodes) };
  };
  const fallbacks: { readonly then: string; readonly line: number }[] = [];
  const endings: { readonly until: string; readonly line: number }[] = [];
  const waitOf = (draft: Draft): Wait | undefined => {
    const then = draft.meta.then;
    const until = draft.meta.until === undefined ? undefined : listOf(draft.meta.until);
    const line = draft.metaLine ?? draft.line;
    if (draft.meta.wait === undefined) {
      if (then !== undefined)
        report('error', line, t('"then: {then}" needs a "wait" to follow', { then }));
      if (until !== undefined) report('error', line, t('"until" needs a "wait" to end'));
      if (draft.meta.expect !== undefined) report('error', line, t('"expect" needs a "wait"'));
      return undefined;
    }
    const expect = draft.meta.expect?.replace(/\s+/g, ' ').trim();
    const wait = parseWait(draft.meta.wait);
    if (typeof wait === 'string') {
      report('error', line, wait);
      return undefined;
    }
    if (then !== undefined) fallbacks.push({ then, line });
    for (const id of until ?? []) endings.push({ until: id, line });
    return {
      ...wait,
      ...(then !== undefined && { then }),
      ...(until !== undefined && { until }),
      ...(expect && { expect }),
    };
  };
  const routeIds = frontMatter.routes.map((route) => route.id);

  const steps: Step[] = [];
  const tips: Tip[] = [];
  const faqs: Faq[] = [];
  let substeps: SubStep[] = [];
  for (const draft of drafts) {
    const body = bodyOf(draft);
    const fallbackId = slugify(draft.title) || `${draft.kind}-${draft.line}`;
    switch (draft.kind) {
      case 'step': {
        const route = draft.meta.route;
        if (route !== undefined && !routeIds.includes(route)) {
          report(
            'error',
            draft.metaLine ?? draft.line,
            routeIds.length === 0
              ? t(
                  'unknown route "{route}": declare routes in the front matter, e.g. routes: { {route}: ... }',
                  { route },
                )
              : t('unknown route "{route}" (declared routes: {value})', {
                  route,
                  value: routeIds.join(', '),
                }),
          );
        }
        substeps = [];
        const wait = waitOf(draft);
        const needs = listOf(draft.meta.needs);
        const keywords = listOf(draft.meta.keywords);
        steps.push({
          id: claim(draft, fallbackId),
          number: String(steps.length + 1),
          title: draft.title,
          body,
          ...(route !== undefined && { route }),
          ...(wait && { wait }),
          ...(needs.length > 0 && { needs }),
          ...(keywords.length > 0 && { keywords }),
          substeps,
          line: draft.line,
        });
        break;
      }
      case 'substep': {
        const parent = steps.at(-1);
        if (!parent) break;
        const wait = waitOf(draft);
        const needs = listOf(draft.meta.needs);
        const keywords = listOf(draft.meta.keywords);
        substeps.push({
          id: claim(draft, `${parent.id}.${fallbackId}`),
          number: `${parent.number}.${substeps.length + 1}`,
          title: draft.title,
          body,
          ...(wait && { wait }),
          ...(needs.length > 0 && { needs }),
          ...(keywords.length > 0 && { keywords }),
          line: draft.line,
        });
        if (!body.markdown)
          report(
            'warning',
            draft.line,
            t('sub-step "{title}" has no text', { title: draft.title }),
          );
        break;
      }
      case 'tip': {
        const keywords = listOf(draft.meta.keywords);
        tips.push({
          id: claim(draft, `tip.${fallbackId}`),
          title: draft.title,
          body,
          warning: draft.meta.kind === 'warning',
          ...(keywords.length > 0 && { keywords }),
          line: draft.line,
        });
        if (!body.markdown)
          report('warning', draft.line, t('tip "{title}" has no text', { title: draft.title }));
        break;
      }
      case 'faq': {
        if (!body.markdown) {
          report(
            'error',
            draft.line,
            t('FAQ "{title}" has no answer: write it below the question', { title: draft.title }),
          );
        }
        const cleaned = listOf(draft.meta.keywords);
        if (cleaned.length === 0) {
          report(
            'warning',
            draft.line,
            t(
              'FAQ "{title}" has no keywords: add words people might type for it, e.g. <!-- keywords: [word, other word] -->',
              { title: draft.title },
            ),
            'faq-without-keywords',
          );
        }
        faqs.push({
          id: claim(draft, `faq.${fallbackId}`),
          question: draft.title,
          answer: body,
          keywords: cleaned,
          line: draft.line,
        });
        break;
      }
    }
  }
  const taskIds = new Set(
    steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]),
  );
  for (const { then, line } of fallbacks) {
    if (!taskIds.has(then)) {
      report(
        'error',
        line,
        t('"then: {then}" is not the id of a step or sub-step of this guide', { then }),
      );
    }
  }
  for (const { until, line } of endings) {
    if (!taskIds.has(until)) {
      report(
        'error',
        line,
        t('"until: {until}" is not the id of a step or sub-step of this guide', { until }),
      );
    }
  }
  for (const step of steps) {
    if (!step.body.markdown && step.substeps.length === 0) {
      report(
        'warning',
        step.line,
        t('step "{title}" has no text and no sub-steps', { title: step.title }),
      );
    }
  }
  return { ...frontMatter, steps: steps.map(withWaitEndings), tips, faqs };
}

/**
 * A sub-step's wait with no `until` ends with the next sub-step of its step (the letter asked for
 * in one, its arrival in the next); a wait with nothing after it ends when the guide is done.
 */
function withWaitEndings(step: Step): Step {
  if (!step.substeps.some((sub) => sub.wait && sub.wait.until === undefined)) return step;
  const substeps = step.substeps.map((sub, index) => {
    const next = step.substeps[index + 1];
    if (!sub.wait || sub.wait.until !== undefined || !next) return sub;
    return { ...sub, wait: { ...sub.wait, until: [next.id] } };
  });
  return { ...step, substeps };
}
