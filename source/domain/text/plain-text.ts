import type { Block, Guide, Route } from '../guide/guide.js';
import { layoutBlocks, lineText, wrapSpans } from './layout.js';
import { t } from '../i18n/translate.js';
import { waitLength } from '../guide/wait.js';

function paragraph(text: string, width: number, prefix = ''): string[] {
  const lines = wrapSpans([{ text }], width - prefix.length).map(lineText);
  return lines.map((line) => `${prefix}${line}`);
}

function body(blocks: readonly Block[], width: number, prefix: string): string[] {
  return layoutBlocks(blocks, width - prefix.length).map((line) => {
    const text = lineText(line);
    return text ? `${prefix}${text}` : '';
  });
}

export function routeLabel(routes: readonly Route[], id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return routes.find((route) => route.id === id)?.label ?? id;
}

/** Said after the title of an item the translation being read lacks. */
const untranslated = (item: { readonly untranslated?: boolean }): string =>
  item.untranslated === true ? ` ${t('(not translated yet)')}` : '';

/** The whole guide as plain text, for `stepwise print`, pipes and screen readers. */
export function guideToText(guide: Guide, width: number): string {
  const out: string[] = [guide.title, '='.repeat(Math.min(guide.title.length, width)), ''];
  if (guide.summary) out.push(...paragraph(guide.summary, width), '');
  if (guide.disclaimer) {
    out.push(...paragraph(t('Note: {text}', { text: guide.disclaimer }), width), '');
  }

  out.push(t('STEPS'), '');
  for (const step of guide.steps) {
    const tags = [
      step.route && t('route: {route}', { route: routeLabel(guide.routes, step.route) ?? '' }),
      step.wait && t('wait: {length}', { length: waitLength(step.wait) }),
    ].filter(Boolean);
    out.push(
      `${step.number}. ${step.title}${tags.length ? ` (${tags.join(', ')})` : ''}${untranslated(step)}`,
    );
    if (step.needs) {
      out.push(
        ...paragraph(t('Have at hand: {things}', { things: step.needs.join(', ') }), width, '   '),
      );
    }
    if (step.body.blocks.length) out.push('', ...body(step.body.blocks, width, '   '));
    for (const sub of step.substeps) {
      const wait = sub.wait ? ` (${t('wait: {length}', { length: waitLength(sub.wait) })})` : '';
      out.push('', `   ${sub.number} ${sub.title}${wait}${untranslated(sub)}`);
      if (sub.needs) {
        out.push(
          ...paragraph(
            t('Have at hand: {things}', { things: sub.needs.join(', ') }),
            width,
            '       ',
          ),
        );
      }
      if (sub.body.blocks.length) out.push('', ...body(sub.body.blocks, width, '       '));
    }
    out.push('');
  }

  if (guide.tips.length) {
    out.push(t('TIPS'), '');
    for (const tip of guide.tips) {
      out.push(
        `${tip.warning ? '! ' : '- '}${tip.title}${untranslated(tip)}`,
        ...body(tip.body.blocks, width, '  '),
        '',
      );
    }
  }
  if (guide.faqs.length) {
    out.push(t('FAQ@@print heading'), '');
    for (const faq of guide.faqs) {
      out.push(
        ...paragraph(`${faq.question}${untranslated(faq)}`, width, t('Q: ')),
        ...body(faq.answer.blocks, width, '   '),
        '',
      );
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The JSON shape of `stepwise print --json`: the guide's structure with Markdown bodies. */
export function guideToJson(guide: Guide) {
  return {
    id: guide.id,
    title: guide.title,
    summary: guide.summary ?? null,
    disclaimer: guide.disclaimer ?? null,
    routes: guide.routes,
    steps: guide.steps.map((step) => ({
      id: step.id,
      title: step.title,
      body: step.body.markdown,
      ...(step.route !== undefined && { route: step.route }),
      ...(step.wait && { wait: step.wait.text }),
      ...(step.needs && { needs: step.needs }),
      substeps: step.substeps.map((sub) => ({
        id: sub.id,
        title: sub.title,
        body: sub.body.markdown,
        ...(sub.wait && { wait: sub.wait.text }),
        ...(sub.needs && { needs: sub.needs }),
      })),
    })),
    tips: guide.tips.map((tip) => ({ id: tip.id, title: tip.title, body: tip.body.markdown })),
    faqs: guide.faqs.map((faq) => ({
      id: faq.id,
      question: faq.question,
      answer: faq.answer.markdown,
      ...(faq.keywords.length > 0 && { keywords: faq.keywords }),
    })),
  };
}
