import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from './guide.js';

type Style = Omit<Inline, 'text'>;

function inlines(nodes: readonly PhrasingContent[], style: Style = {}): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ ...style, text: node.value.replace(/\s*\n\s*/g, ' ') });
        break;
      case 'strong':
        out.push(...inlines(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(node.children, { ...style, italic: true }));
        break;
      case 'delete':
        out.push(...inlines(node.children, style));
        break;
      case 'inlineCode':
        out.push({ ...style, code: true, text: node.value });
        break;
      case 'link':
        out.push(...inlines(node.children, { ...style, href: node.url }));
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
          out.push(...inlines(node.children as PhrasingContent[], style));
        } else if ('value' in node && typeof node.value === 'string') {
          out.push({ ...style, text: node.value });
        }
    }
  }
  return out.filter((inline) => inline.text !== '');
}

/** Turns Markdown block nodes into the small set of blocks the terminal can show. */
export function toBlocks(nodes: readonly (RootContent | Nodes)[]): Block[] {
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
          items: node.children.map((item) => toBlocks(item.children)),
        });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', blocks: toBlocks(node.children) });
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
        if ('children' in node) blocks.push(...toBlocks(node.children as RootContent[]));
    }
  }
  return blocks;
}
