import type { Block, Body, Guide, Inline } from '../domain/guide/guide.js';
import type { ParseResult } from '../domain/guide/parse-guide.js';
import { cleanText } from '../domain/text/sanitize.js';

// The parsed-guide cache in a compact form, so that an entry stays within a few times the size of
// its guide: blocks as short arrays instead of objects with repeated keys, and each body's Markdown
// as a place in the guide's own text (which the cache reads anyway to check the entry).

type Packed = unknown[];

const BOLD = 1;
const ITALIC = 2;
const CODE = 4;

function packSpans(spans: readonly Inline[]): Packed {
  return spans.map((span) => {
    const flags = (span.bold ? BOLD : 0) | (span.italic ? ITALIC : 0) | (span.code ? CODE : 0);
    return span.href === undefined ? [span.text, flags] : [span.text, flags, span.href];
  });
}

function unpackSpans(packed: unknown): Inline[] {
  return (packed as [string, number, string?][]).map(([text, flags, href]) => ({
    text,
    ...(flags & BOLD && { bold: true }),
    ...(flags & ITALIC && { italic: true }),
    ...(flags & CODE && { code: true }),
    ...(href !== undefined && { href }),
  }));
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
  return (packed as unknown[][]).map((entry): Block => {
    switch (entry[0]) {
      case 'p':
        return { kind: 'paragraph', spans: unpackSpans(entry[1]) };
      case 'h':
        return { kind: 'heading', spans: unpackSpans(entry[1]) };
      case 'l':
        return {
          kind: 'list',
          ordered: entry[1] === 1,
          start: entry[2] as number,
          tight: entry[3] === 1,
          items: (entry[4] as unknown[]).map(unpackBlocks),
        };
      case 'q':
        return { kind: 'quote', blocks: unpackBlocks(entry[1]) };
      case 'c':
        return { kind: 'code', text: entry[1] as string };
      case 'r':
        return { kind: 'rule' };
      default:
        throw new Error('unknown block in the cache');
    }
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
    const [markdown, blocks] = packed as [string | [number, number], unknown];
    return {
      markdown:
        typeof markdown === 'string'
          ? markdown
          : base.slice(markdown[0], markdown[0] + markdown[1]),
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
    unpack(packed: unknown): ParseResult {
      const { problems, guide } = packed as { problems: ParseResult['problems']; guide?: Guide };
      if (!guide) return { problems };
      return {
        problems,
        guide: {
          ...guide,
          steps: guide.steps.map((step) => ({
            ...step,
            body: unpackBody(step.body),
            substeps: step.substeps.map((sub) => ({ ...sub, body: unpackBody(sub.body) })),
          })),
          tips: guide.tips.map((tip) => ({ ...tip, body: unpackBody(tip.body) })),
          faqs: guide.faqs.map((faq) => ({ ...faq, answer: unpackBody(faq.answer) })),
        },
      };
    },
  };
}
