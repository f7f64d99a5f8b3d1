import type {
  Block,
  Body,
  CellAlign,
  Faq,
  Guide,
  Inline,
  Step,
  SubStep,
  Tip,
  Wait,
  WaitUnit,
} from '../domain/guide/guide.js';
import type { Problem } from '../domain/guide/problem.js';
import { ID_PATTERN } from '../domain/guide/slug.js';
import type { ParseResult } from '../domain/guide/parse-guide.js';
import { cleanText } from '../domain/text/sanitize.js';

// The parsed-guide cache in a compact form, so that an entry stays within a few times the size of
// its guide: blocks as short arrays instead of objects with repeated keys, and each body's Markdown
// as a place in the guide's own text (which the cache reads anyway to check the entry).

type Packed = unknown[];

const BOLD = 1;
const ITALIC = 2;
const CODE = 4;
const STRIKE = 8;

function packSpans(spans: readonly Inline[]): Packed {
  return spans.map((span) => {
    const flags =
      (span.bold ? BOLD : 0) |
      (span.italic ? ITALIC : 0) |
      (span.code ? CODE : 0) |
      (span.strike ? STRIKE : 0);
    return span.href === undefined ? [span.text, flags] : [span.text, flags, span.href];
  });
}

class BadEntry extends Error {}

/** Checks one value of a cache entry; a mismatch means the entry is not used at all. */
function want<T>(ok: boolean, value: unknown): T {
  if (!ok) throw new BadEntry('the cache entry does not have the shape of a guide');
  return value as T;
}
const str = (value: unknown): string => want(typeof value === 'string', value);
const count = (value: unknown): number =>
  want(typeof value === 'number' && Number.isInteger(value) && value >= 0, value);
const slug = (value: unknown): string =>
  want(typeof value === 'string' && ID_PATTERN.test(value), value);
const list = (value: unknown): readonly unknown[] => want(Array.isArray(value), value);
const record = (value: unknown): Record<string, unknown> =>
  want(value !== null && typeof value === 'object' && !Array.isArray(value), value);
const optional = <T>(value: unknown, check: (inner: unknown) => T): T | undefined =>
  value === undefined ? undefined : check(value);

function unpackSpans(packed: unknown): Inline[] {
  return list(packed).map((entry) => {
    const [spanText, flags, href] = list(entry);
    const bits = count(flags);
    const link = optional(href, str);
    return {
      text: str(spanText),
      ...(bits & BOLD && { bold: true }),
      ...(bits & ITALIC && { italic: true }),
      ...(bits & CODE && { code: true }),
      ...(bits & STRIKE && { strike: true }),
      ...(link !== undefined && { href: link }),
    };
  });
}

function packBlocks(blocks: readonly Block[]): Packed {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return ['p', packSpans(block.spans)];
      case 'heading':
        return ['h', packSpans(block.spans)];
      case 'list':
        return [
          'l',
          block.ordered ? 1 : 0,
          block.start,
          block.tight ? 1 : 0,
          block.items.map(packBlocks),
          ...(block.tasks ? [block.tasks.map((task) => (task === null ? 2 : task ? 1 : 0))] : []),
        ];
      case 'table':
        return [
          't',
          block.align.map((align) => align ?? ''),
          block.rows.map((row) => row.map(packSpans)),
        ];
      case 'quote':
        return ['q', packBlocks(block.blocks)];
      case 'code':
        return ['c', block.text];
      case 'rule':
        return ['r'];
    }
  });
}

function unpackBlocks(packed: unknown): Block[] {
  return list(packed).map((value): Block => {
    const entry = list(value);
    switch (entry[0]) {
      case 'p':
        return { kind: 'paragraph', spans: unpackSpans(entry[1]) };
      case 'h':
        return { kind: 'heading', spans: unpackSpans(entry[1]) };
      case 'l':
        return {
          kind: 'list',
          ordered: entry[1] === 1,
          start: count(entry[2]),
          tight: entry[3] === 1,
          items: list(entry[4]).map(unpackBlocks),
          ...(entry[5] !== undefined && {
            tasks: list(entry[5]).map((task) =>
              want<boolean | null>(
                task === 0 || task === 1 || task === 2,
                task === 2 ? null : task === 1,
              ),
            ),
          }),
        };
      case 't':
        return {
          kind: 'table',
          align: list(entry[1]).map((align) =>
            want<CellAlign>(
              align === '' || align === 'left' || align === 'right' || align === 'center',
              align === '' ? null : align,
            ),
          ),
          rows: list(entry[2]).map((row) => list(row).map(unpackSpans)),
        };
      case 'q':
        return { kind: 'quote', blocks: unpackBlocks(entry[1]) };
      case 'c':
        return { kind: 'code', text: str(entry[1]) };
      case 'r':
        return { kind: 'rule' };
      default:
        return want<Block>(false, entry);
    }
  });
}

const UNITS: readonly WaitUnit[] = ['business-days', 'days', 'weeks'];

function unpackWait(value: unknown): Wait | undefined {
  if (value === undefined) return undefined;
  const wait = record(value);
  const then = optional(wait.then, slug);
  const until = optional(wait.until, (ids) => list(ids).map(slug));
  const expect = optional(wait.expect, str);
  return {
    min: count(wait.min),
    max: count(wait.max),
    unit: want(UNITS.includes(wait.unit as WaitUnit), wait.unit),
    text: str(wait.text),
    ...(then !== undefined && { then }),
    ...(until !== undefined && { until }),
    ...(expect !== undefined && { expect }),
  };
}

function unpackProblems(value: unknown): Problem[] {
  return list(value).map((entry) => {
    const problem = record(entry);
    return {
      severity: want(
        problem.severity === 'error' || problem.severity === 'warning',
        problem.severity,
      ),
      line: count(problem.line),
      message: str(problem.message),
      ...(problem.code !== undefined && {
        code: want<Problem['code']>(problem.code === 'faq-without-keywords', problem.code),
      }),
    };
  });
}

/** Packs and unpacks one entry; `text` is the guide file's text the entry was made from. */
export function cacheCodec(text: string) {
  // The Markdown of every body is a slice of the cleaned text, found from left to right.
  const base = cleanText(text);
  let cursor = 0;
  const packBody = (body: Body): Packed => {
    const at = body.markdown === '' ? -1 : base.indexOf(body.markdown, cursor);
    if (at !== -1) cursor = at + body.markdown.length;
    return [at === -1 ? body.markdown : [at, body.markdown.length], packBlocks(body.blocks)];
  };
  const unpackBody = (packed: unknown): Body => {
    const [markdown, blocks] = list(packed);
    if (typeof markdown === 'string') return { markdown, blocks: unpackBlocks(blocks) };
    const [at, length] = list(markdown).map(count);
    return {
      markdown: base.slice(at, (at ?? 0) + (length ?? 0)),
      blocks: unpackBlocks(blocks),
    };
  };
  return {
    pack(result: ParseResult): unknown {
      const guide = result.guide;
      return {
        problems: result.problems,
        guide: guide && {
          ...guide,
          steps: guide.steps.map((step) => ({
            ...step,
            body: packBody(step.body),
            substeps: step.substeps.map((sub) => ({ ...sub, body: packBody(sub.body) })),
          })),
          tips: guide.tips.map((tip) => ({ ...tip, body: packBody(tip.body) })),
          faqs: guide.faqs.map((faq) => ({ ...faq, answer: packBody(faq.answer) })),
        },
      };
    },
    /** The parse result, or undefined when the entry is not exactly what `pack` writes. */
    unpack(packed: unknown): ParseResult | undefined {
      try {
        const entry = record(packed);
        const problems = unpackProblems(entry.problems);
        if (entry.guide === undefined) return { problems };
        const guide = record(entry.guide);
        const summary = optional(guide.summary, str);
        const disclaimer = optional(guide.disclaimer, str);
        const unpacked: Guide = {
          id: slug(guide.id),
          title: str(guide.title),
          ...(summary !== undefined && { summary }),
          ...(disclaimer !== undefined && { disclaimer }),
          routes: list(guide.routes).map((value) => {
            const route = record(value);
            return { id: slug(route.id), label: str(route.label) };
          }),
          steps: list(guide.steps).map((value): Step => {
            const step = record(value);
            const route = optional(step.route, slug);
            const wait = unpackWait(step.wait);
            const needs = optional(step.needs, (value) => list(value).map(str));
            const keywords = optional(step.keywords, (value) => list(value).map(str));
            return {
              id: slug(step.id),
              number: str(step.number),
              title: str(step.title),
              body: unpackBody(step.body),
              ...(route !== undefined && { route }),
              ...(wait && { wait }),
              ...(needs && { needs }),
              ...(keywords && { keywords }),
              substeps: list(step.substeps).map((inner): SubStep => {
                const sub = record(inner);
                const subWait = unpackWait(sub.wait);
                const subNeeds = optional(sub.needs, (value) => list(value).map(str));
                const subKeywords = optional(sub.keywords, (value) => list(value).map(str));
                return {
                  id: slug(sub.id),
                  number: str(sub.number),
                  title: str(sub.title),
                  body: unpackBody(sub.body),
                  ...(subWait && { wait: subWait }),
                  ...(subNeeds && { needs: subNeeds }),
                  ...(subKeywords && { keywords: subKeywords }),
                  line: count(sub.line),
                };
              }),
              line: count(step.line),
            };
          }),
          tips: list(guide.tips).map((value): Tip => {
            const tip = record(value);
            const keywords = optional(tip.keywords, (value) => list(value).map(str));
            return {
              id: slug(tip.id),
              title: str(tip.title),
              body: unpackBody(tip.body),
              warning: want(typeof tip.warning === 'boolean', tip.warning),
              ...(keywords && { keywords }),
              line: count(tip.line),
            };
          }),
          faqs: list(guide.faqs).map((value): Faq => {
            const faq = record(value);
            return {
              id: slug(faq.id),
              question: str(faq.question),
              answer: unpackBody(faq.answer),
              keywords: list(faq.keywords).map(str),
              line: count(faq.line),
            };
          }),
        };
        return { problems, guide: unpacked };
      } catch (error) {
        if (error instanceof BadEntry) return undefined;
        throw error;
      }
    },
  };
}
