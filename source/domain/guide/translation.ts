// A guide may have translations beside it ("guide.es.md" beside "guide.md"), one file per language,
// written with the same item ids. The original keeps the shape: the order, the numbers, the routes'
// ids and the waits' rules all come from it, so progress, notes and routes are one thing whatever the
// language. The translation gives the words. An item the translation lacks is shown from the
// original and marked as such; an item only the translation has is left out (lint names both).

import type { Faq, Guide, Step, SubStep, Tip, Wait } from './guide.js';
import type { Problem } from './problem.js';

/** "amex-pin.es.md" is the Spanish translation of "amex-pin.md": two lower-case letters before .md. */
export const TRANSLATION_FILE = /^(.+)\.([a-z]{2})\.md$/;

/** The language of a translation file's name, or undefined for a guide of its own. */
export function translationLanguage(fileName: string): string | undefined {
  return TRANSLATION_FILE.exec(fileName)?.[2];
}

/** The file name of a guide's translation into a language. */
export const translationFileName = (guideFileName: string, language: string): string =>
  guideFileName.replace(/\.md$/, `.${language}.md`);

/** Ids of the items of a guide, in reading order, each with what kind of item it is. */
function itemIds(guide: Guide): Map<string, string> {
  const ids = new Map<string, string>();
  for (const step of guide.steps) {
    ids.set(step.id, 'step');
    for (const sub of step.substeps) ids.set(sub.id, 'sub-step');
  }
  for (const tip of guide.tips) ids.set(tip.id, 'tip');
  for (const faq of guide.faqs) ids.set(faq.id, 'question');
  for (const route of guide.routes) ids.set(`route:${route.id}`, 'route');
  return ids;
}

export type TranslationGaps = {
  /** Ids of the original that the translation lacks: shown from the original. */
  readonly missing: readonly string[];
  /** Ids only the translation has: not shown. */
  readonly extra: readonly string[];
};

/** Which items a translation lacks and which it has that the original does not. */
export function translationGaps(original: Guide, translation: Guide): TranslationGaps {
  const mine = itemIds(original);
  const theirs = itemIds(translation);
  return {
    missing: [...mine.keys()].filter((id) => !theirs.has(id)),
    extra: [...theirs.keys()].filter((id) => !mine.has(id)),
  };
}

/** Lint's findings for a translation, on the line of the translation's front matter (1). */
export function translationProblems(
  original: Guide,
  translation: Guide,
  originalName: string,
  describe: (kind: 'missing' | 'extra' | 'id', ids: readonly string[], other: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  if (translation.id !== original.id) {
    problems.push({
      severity: 'error',
      line: 1,
      message: describe('id', [translation.id, original.id], originalName),
    });
  }
  const { missing, extra } = translationGaps(original, translation);
  if (missing.length > 0) {
    problems.push({
      severity: 'warning',
      line: 1,
      message: describe('missing', missing, originalName),
    });
  }
  for (const id of extra) {
    const line = lineOf(translation, id);
    problems.push({ severity: 'warning', line, message: describe('extra', [id], originalName) });
  }
  return problems;
}

function lineOf(guide: Guide, id: string): number {
  for (const step of guide.steps) {
    if (step.id === id) return step.line;
    for (const sub of step.substeps) if (sub.id === id) return sub.line;
  }
  return [...guide.tips, ...guide.faqs].find((item) => item.id === id)?.line ?? 1;
}

/** The words of a wait from the translation (what is awaited); its rule from the original. */
function waitOf(original: Wait | undefined, translated: Wait | undefined): Wait | undefined {
  if (!original) return undefined;
  const expect = translated?.expect ?? original.expect;
  return { ...original, ...(expect !== undefined && { expect }) };
}

type Words<T> = Omit<T, 'untranslated'>;

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function subStep(original: SubStep, translated: SubStep | undefined): SubStep {
  if (!translated) return { ...original, untranslated: true };
  const wait = waitOf(original.wait, translated.wait);
  return {
    ...original,
    title: translated.title,
    body: translated.body,
    ...(wait && { wait }),
    ...(translated.needs && { needs: translated.needs }),
    ...(translated.keywords && { keywords: translated.keywords }),
  } satisfies Words<SubStep>;
}

/**
 * The guide in the translation's words and the original's shape. `language` is the translation's,
 * kept on the guide so that search reads its words as that language's.
 */
export function translatedGuide(original: Guide, translation: Guide, language: string): Guide {
  const steps = byId(translation.steps);
  const subs = byId(translation.steps.flatMap((step) => step.substeps));
  const tips = byId(translation.tips);
  const faqs = byId(translation.faqs);
  const routes = byId(translation.routes);
  return {
    ...original,
    language,
    title: translation.title,
    ...(translation.summary !== undefined && { summary: translation.summary }),
    ...(translation.disclaimer !== undefined && { disclaimer: translation.disclaimer }),
    routes: original.routes.map((route) => ({
      ...route,
      label: routes.get(route.id)?.label ?? route.label,
    })),
    steps: original.steps.map((step): Step => {
      const own = steps.get(step.id);
      const substeps = step.substeps.map((sub) => subStep(sub, subs.get(sub.id)));
      if (!own) return { ...step, substeps, untranslated: true };
      const wait = waitOf(step.wait, own.wait);
      return {
        ...step,
        title: own.title,
        body: own.body,
        substeps,
        ...(wait && { wait }),
        ...(own.needs && { needs: own.needs }),
        ...(own.keywords && { keywords: own.keywords }),
      };
    }),
    tips: original.tips.map((tip): Tip => {
      const own = tips.get(tip.id);
      return own
        ? {
            ...tip,
            title: own.title,
            body: own.body,
            ...(own.keywords && { keywords: own.keywords }),
          }
        : { ...tip, untranslated: true };
    }),
    faqs: original.faqs.map((faq): Faq => {
      const own = faqs.get(faq.id);
      return own
        ? { ...faq, question: own.question, answer: own.answer, keywords: own.keywords }
        : { ...faq, untranslated: true };
    }),
  };
}
