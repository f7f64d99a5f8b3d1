import { sanitize } from '../text/sanitize.js';
import { slugify } from './slug.js';
import { t } from '../i18n/translate.js';

/**
 * Turns a plain-text how-to article ("Step 1: ...", "Sub-step 1.1: ...", "Label: text" lines, a
 * tips section and a block of FAQ questions) into a guide in stepwise's Markdown format.
 *
 * Nothing of the article is dropped silently: text that fits no part stays in the nearest body and
 * is reported as a warning with its line number. Routes and waits are not guessed.
 */

export type ImportWarning = { readonly line: number; readonly message: string };

export type ImportResult =
  | { readonly ok: true; readonly markdown: string; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: string };

export type ImportOptions = {
  readonly id?: string;
  /** Used for the title when the article has none, e.g. the file name. */
  readonly fallbackTitle?: string;
};

type Item = { title: string; line: number; body: string[] };
type Step = Item & { substeps: Item[] };

const STEP = /^(?:#{1,6}\s*)?(?:\*\*)?step\s+(\d+)\s*(?:[:.)–—-]\s*|\s+(?=\S))(.+?)(?:\*\*)?\s*$/i;
const SUBSTEP_WORD =
  /^(?:#{1,6}\s*)?(?:\*\*)?sub-?step\s+(\d+)\.(\d+)\s*(?:[:.)–—-]\s*|\s+(?=\S))(.+?)(?:\*\*)?\s*$/i;
const SUBSTEP_NUMBER = /^(?:#{1,6}\s*)?(\d+)\.(\d+)\.?\s+(.+?)\s*$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const TIPS_HEADING = /\b(tips?|considerations?)\b/i;
const FAQ_HEADING = /\b(faqs?|frequently asked questions?)\b/i;
const LABEL = /^(?:[-*•]\s*)?(?:\*\*)?([A-Z0-9][^:]{0,70}?)(?:\*\*)?:(?:\*\*)?\s+(\S.*)$/;
const LABEL_ONLY = /^(?:[-*•]\s*)?(?:\*\*)?([A-Z0-9][^:]{0,70}?)(?:\*\*)?:(?:\*\*)?\s*$/;
const BULLET = /^\s*[-*•]\s+(.+)$/;

function isSectionHeading(text: string, pattern: RegExp): boolean {
  const plain = text
    .replace(/^#{1,6}\s*/, '')
    .replace(/[*:]/g, '')
    .trim();
  // A heading is short; a sentence that mentions tips is not one.
  return pattern.test(plain) && plain.split(/\s+/).length <= 7 && !/[.?!]$/.test(plain);
}

/**
 * One source line as Markdown: "Label: text" becomes a list item with a bold label, "Label:" on
 * its own a bold line, a bullet stays a bullet, and plain lines after a line that ends in a colon
 * are the items of the list it announced.
 */
function toMarkdown(line: string, announced: boolean): string {
  const bullet = BULLET.exec(line);
  // An article is text: "<Ctrl>", "<div>" or "<!--" are words to show, never HTML to run or hide.
  // Inside `code` a backslash would show as itself, and code is never HTML anyway.
  const text = escapeAngles(bullet ? (bullet[1] ?? '') : line.trim());
  // A table row stays a row (the guide format reads GFM tables).
  if (TABLE_ROW.test(line)) return text;
  const label = LABEL.exec(text);
  // "No: it ruins the rim." is an answer, not a label.
  if (label && !/^(yes|no)$/i.test(label[1]?.trim() ?? '')) {
    return `- **${label[1]?.trim()}**: ${label[2]?.trim()}`;
  }
  const heading = LABEL_ONLY.exec(text);
  if (heading && !bullet) return `**${heading[1]?.trim()}:**`;
  return bullet || announced ? `- ${escapeStart(text)}` : escapeStart(text);
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * An article's text as Markdown that shows it as written: outside `code` spans, every character
 * Markdown reads as markup ("*67", "_x_", "[ref]", "&amp;", "\\server", "<div>") is escaped.
 */
function escapeAngles(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\*_[\]&<]/g, '\\$&')))
    .join('');
}

// A line that would read as Markdown structure it is not meant to be.
function escapeStart(text: string): string {
  return (
    text
      .replace(/^(#{1,6}\s|>\s?)/, (match) => `\\${match}`)
      // "1986. That was the year." is a sentence, not an ordered list: the mark is escaped, as
      // a backslash before a digit would show as itself.
      .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
      // A line of dashes, stars or underscores would be a rule, or make the line above a heading.
      .replace(/^([-=+])(?=[-=+\s]*$)/, '\\$1')
  );
}

/** Paragraphs stay paragraphs; consecutive list items form one list. */
function bodyMarkdown(lines: readonly string[]): string {
  // Each block as its lines, joined once at the end: a list of 20,000 items costs as much as
  // 20,000 lines, not 20,000 times the list so far.
  const blocks: string[][] = [];
  let announced = false;
  let fence: string[] | undefined;
  for (const line of lines) {
    // A fenced code block is kept exactly as written: no escapes, no lists, no steps.
    if (fence) {
      fence.push(line);
      if (FENCE.test(line)) fence = undefined;
      continue;
    }
    if (FENCE.test(line)) {
      fence = [line];
      blocks.push(fence);
      announced = false;
      continue;
    }
    if (line.trim() === '') {
      announced = false;
      continue;
    }
    const markdown = toMarkdown(line, announced);
    announced =
      line.trim().endsWith(':') ||
      (announced && markdown.startsWith('- ') && !markdown.startsWith('- **'));
    const previous = blocks.at(-1);
    const row = TABLE_ROW.test(line);
    if (row) announced = false;
    if (markdown.startsWith('- ') && previous?.at(-1)?.startsWith('- ')) previous.push(markdown);
    else if (row && previous !== undefined && TABLE_ROW.test(previous.at(-1) ?? ''))
      previous.push(markdown);
    else blocks.push([markdown]);
  }
  return blocks.map((block) => block.join('\n')).join('\n\n');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function importArticle(rawText: string, options: ImportOptions = {}): ImportResult {
  const lines = sanitize(rawText).split('\n');
  const warnings: ImportWarning[] = [];
  let title: string | undefined;
  const intro: string[] = [];
  const steps: Step[] = [];
  const tips: Item[] = [];
  const faqs: Item[] = [];
  let section: 'intro' | 'steps' | 'tips' | 'faqs' = 'intro';
  let fenced = false;

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trimEnd();
    // Inside a fenced code block a line is code: "Step 1:" there is an example, not a step.
    if (fenced || FENCE.test(line)) {
      if (FENCE.test(line)) fenced = !fenced;
      (currentBody() ?? intro).push(raw.trimEnd());
      return;
    }
    if (line.trim() === '') {
      const current = currentBody();
      if (current && current.at(-1) !== '') current.push('');
      return;
    }
    const heading = MARKDOWN_HEADING.exec(line);

    const step = STEP.exec(line);
    if (step && !SUBSTEP_WORD.test(line)) {
      steps.push({ title: clean(step[2] ?? ''), line: lineNumber, body: [], substeps: [] });
      section = 'steps';
      return;
    }
    const numbered = section === 'steps' ? SUBSTEP_NUMBER.exec(line) : null;
    // "2.1 Title" under step 2 is a sub-step. Numbered for another step that exists ("1.1" under
    // step 2, a slip of the author's), it still belongs where it stands, with a warning. With no
    // such step it is text, such as "2.5 million people", and said so: never silently either way.
    const worded = SUBSTEP_WORD.exec(line);
    const major = Number((worded ?? numbered)?.[1]);
    const current = steps.length;
    if (numbered && !worded && (major < 1 || major > current)) {
      warnings.push({
        line: lineNumber,
        message: t(
          '"{text}" looks like sub-step {number}, but there is no step {step}: kept as text',
          {
            text: clean(line).slice(0, 40),
            number: `${numbered[1]}.${numbered[2]}`,
            step: numbered[1] ?? '',
          },
        ),
      });
    }
    const substep = worded ?? (numbered && major >= 1 && major <= current ? numbered : null);
    if (substep && current > 0 && major !== current) {
      warnings.push({
        line: lineNumber,
        message: t(
          'sub-step {number} is numbered for step {step} but stands under step {current}: added to step {current}',
          {
            number: `${substep[1]}.${substep[2]}`,
            step: substep[1] ?? '',
            current: String(current),
          },
        ),
      });
    }
    if (substep) {
      const parent = steps.at(-1);
      if (!parent) {
        warnings.push({
          line: lineNumber,
          message: t('sub-step "{value}" comes before any step: kept in the summary', {
            value: clean(substep[3] ?? ''),
          }),
        });
        intro.push(line);
        return;
      }
      if (section !== 'steps') {
        warnings.push({
          line: lineNumber,
          message: t('a sub-step after the tips or FAQ: added to the last step'),
        });
      }
      parent.substeps.push({ title: clean(substep[3] ?? ''), line: lineNumber, body: [] });
      section = 'steps';
      return;
    }
    if (isSectionHeading(line, FAQ_HEADING)) {
      section = 'faqs';
      return;
    }
    if (isSectionHeading(line, TIPS_HEADING)) {
      section = 'tips';
      return;
    }
    if (
      heading &&
      section === 'intro' &&
      title === undefined &&
      steps.length === 0 &&
      (heading[1] ?? '').length === 1
    ) {
      title = clean(heading[2] ?? '');
      return;
    }
    // "### Title" under a step written as "## Step N ..." is a sub-step.
    if (heading && section === 'steps' && (heading[1] ?? '').length >= 3 && steps.at(-1)) {
      steps.at(-1)?.substeps.push({ title: clean(heading[2] ?? ''), line: lineNumber, body: [] });
      return;
    }

    switch (section) {
      case 'intro':
        intro.push(line);
        return;
      case 'steps': {
        const parent = steps.at(-1);
        (parent?.substeps.at(-1) ?? parent)?.body.push(line);
        return;
      }
      case 'tips': {
        const label = LABEL.exec(line.trim()) ?? LABEL_ONLY.exec(line.trim());
        if (label) {
          const text = LABEL.test(line.trim()) ? (label[2] ?? '') : '';
          tips.push({ title: clean(label[1] ?? ''), line: lineNumber, body: text ? [text] : [] });
          return;
        }
        const last = tips.at(-1);
        if (last) {
          last.body.push(line);
        } else {
          tips.push({ title: clean(line), line: lineNumber, body: [] });
          warnings.push({
            line: lineNumber,
            message: t('tip without a "Label: text" form: its text became the title'),
          });
        }
        return;
      }
      case 'faqs': {
        const text = line
          .replace(/^#{1,6}\s*/, '')
          .replace(/^\*\*(.+)\*\*$/, '$1')
          .trim();
        if (text.endsWith('?')) {
          faqs.push({
            title: text.replace(/^(?:Q[:.]|\d+[.)])\s*/i, ''),
            line: lineNumber,
            body: [],
          });
          return;
        }
        const last = faqs.at(-1);
        if (last) {
          last.body.push(line.replace(/^A[:.]\s*/i, ''));
        } else {
          warnings.push({
            line: lineNumber,
            message: t('text before the first question: kept in the summary'),
          });
          intro.push(line);
        }
      }
    }
  });

  function currentBody(): string[] | undefined {
    if (section === 'intro') return intro;
    if (section === 'steps') return steps.at(-1)?.substeps.at(-1)?.body ?? steps.at(-1)?.body;
    if (section === 'tips') return tips.at(-1)?.body;
    return faqs.at(-1)?.body;
  }

  if (steps.length === 0) {
    return {
      ok: false,
      error: t(
        'no steps found: an article needs lines like "Step 1: Title" (or "Step 1 - Title", "## Step 1 Title")',
      ),
    };
  }

  // The summary is plain text, not Markdown: the escapes that keep "<" and "#" as text go.
  const summaryText = bodyMarkdown(intro)
    .replace(/\\([\\*_[\]&<#>+=-])/g, '$1')
    .replace(/^(\d+)\\([.)])/gm, '$1$2')
    .replace(/\n\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const guideTitle = title ?? options.fallbackTitle ?? 'Imported guide';
  if (title === undefined) {
    warnings.push({
      line: 1,
      message: t('no title line ("# Title"): using "{guideTitle}"; edit it in the front matter', {
        guideTitle,
      }),
    });
  }
  const id = options.id ?? (slugify(guideTitle) || 'imported-guide');

  // Quoted where YAML would read it as something else: 2024 or 1e3 as a number, "no" as false.
  const bareId =
    /^[a-z][\p{L}\p{N}._-]*$/u.test(id) && !/^(?:y|n|yes|no|on|off|true|false|null)$/.test(id);
  const out: string[] = [
    '---',
    `id: ${bareId ? id : yamlString(id)}`,
    `title: ${yamlString(guideTitle)}`,
  ];
  if (summaryText) out.push(`summary: ${yamlString(summaryText)}`);
  out.push('---', '', `# ${guideTitle}`, '', '## Steps', '');
  const used = new Set<string>();
  // The next number to try for each id already taken: 20,000 steps of one title stay linear.
  const nextNumber = new Map<string, number>();
  const unique = (text: string, line: number, prefix = '') => {
    const base = `${prefix}${slugify(text) || `item-${line}`}`;
    let id = base;
    let n = nextNumber.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${n++}`;
    nextNumber.set(base, n);
    used.add(id);
    return id;
  };
  // One heading with its id, then its body; `empty` stands in for a body the article lacks.
  const emit = (level: string, item: Item, id: string, empty?: string) => {
    out.push(`${level} ${item.title}`, `<!-- id: ${id} -->`, '');
    const body = bodyMarkdown(item.body) || empty;
    if (body) out.push(body, '');
  };
  for (const step of steps) {
    const stepId = unique(step.title, step.line);
    emit('###', step, stepId);
    for (const sub of step.substeps) emit('####', sub, unique(sub.title, sub.line, `${stepId}.`));
  }
  if (tips.length > 0) {
    out.push('## Tips', '');
    for (const tip of tips) emit('###', tip, unique(tip.title, tip.line, 'tip.'));
  }
  if (faqs.length > 0) {
    out.push('## FAQ', '');
    for (const faq of faqs) {
      if (!bodyMarkdown(faq.body)) {
        warnings.push({
          line: faq.line,
          message: t('question "{title}" has no answer in the article', { title: faq.title }),
        });
      }
      emit('###', faq, unique(faq.title, faq.line, 'faq.'), '*(The article gives no answer.)*');
    }
  }
  return { ok: true, markdown: `${out.join('\n').trimEnd()}\n`, warnings };
}

function clean(text: string): string {
  return text.replace(/\*\*/g, '').replace(/:$/, '').trim();
}
