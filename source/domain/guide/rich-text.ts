import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from './guide.js';
import { MAX_NESTING } from './nesting.js';

type Style = Omit<Inline, 'text'>;

/** All the text under a node, found without recursion: for nesting too deep to walk. */
export function flatText(nodes: readonly Nodes[]): string {
  const stack = [...nodes].reverse();
  let text = '';
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node && typeof node.value === 'string') text += node.value;
    if ('children' in node) stack.push(...[...(node.children as Nodes[])].reverse());
  }
  return text;
}

function inlines(nodes: readonly PhrasingContent[], style: Style = {}, depth = 0): Inline[] {
  // Deeper than any real formatting: keep the words, drop the styling, and stop recursing.
  if (depth > MAX_NESTING) return [{ ...style, text: flatText(nodes).replace(/\s*\n\s*/g, ' ') }];
  const out: Inline[] = [];
  const inner = (children: readonly PhrasingContent[], next: Style) =>
    inlines(children, next, depth + 1);
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ ...style, text: node.value.replace(/\s*\n\s*/g, ' ') });
        break;
      case 'strong':
        out.push(...inner(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inner(node.children, { ...style, italic: true }));
        break;
      case 'delete':
        out.push(...inner(node.children, { ...style, strike: true }));
        break;
      case 'inlineCode':
        out.push({ ...style, code: true, text: node.value });
        break;
      case 'link':
        out.push(...inner(node.children, { ...style, href: node.url }));
        break;
      case 'break':
        out.push({ ...style, text: '\n' });
        break;
      case 'image':
        out.push({ ...style, text: node.alt ?? '' });
        break;
      case 'html':
        break;
      default:
        if ('children' in node) {
          out.push(...inner(node.children as PhrasingContent[], style));
        } else if ('value' in node && typeof node.value === 'string') {
          out.push({ ...style, text: node.value });
        }
    }
  }
  return out.filter((inline) => inline.text !== '');
}

/** A table cell is one line: a break in it is a space. */
const withoutBreaks = (inline: Inline): Inline =>
  inline.text === '\n' ? { ...inline, text: ' ' } : inline;

/** Turns Markdown block nodes into the small set of blocks the terminal can show. */
export function toBlocks(nodes: readonly (RootContent | Nodes)[], depth = 0): Block[] {
  if (depth > MAX_NESTING) {
    return [{ kind: 'paragraph', spans: [{ text: flatText(nodes as Nodes[]) }] }];
  }
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', spans: inlines(node.children) });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', spans: inlines(node.children) });
        break;
      case 'list':
        blocks.push({
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          tight: node.spread !== true && node.children.every((item) => item.spread !== true),
          items: node.children.map((item) => toBlocks(item.children, depth + 1)),
          ...(node.children.some((item) => typeof item.checked === 'boolean') && {
            tasks: node.children.map((item) =>
              typeof item.checked === 'boolean' ? item.checked : null,
            ),
          }),
        });
        break;
      case 'table':
        blocks.push({
          kind: 'table',
          align: (node.align ?? []).map((align) => align ?? null),
          rows: node.children.map((row) =>
            row.children.map((cell) => inlines(cell.children).map(withoutBreaks)),
          ),
        });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: toBlocks(node.children, depth + 1) });
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'rule' });
        break;
      case 'html':
        break;
      default:
        if ('children' in node) blocks.push(...toBlocks(node.children as RootContent[], depth + 1));
    }
  }
  return blocks;
}
