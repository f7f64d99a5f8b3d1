import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import type { Guide } from '../../source/domain/guide/guide.js';
import {
  translatedGuide,
  translationGaps,
  translationLanguage,
} from '../../source/domain/guide/translation.js';

const read = (text: string): Guide => {
  const { guide, problems } = parseGuide(text);
  if (!guide) throw new Error(JSON.stringify(problems));
  return guide;
};

const original = read(`---
id: errand
title: An errand
routes:
  post: By post
---
## Steps
### Ask for the form
<!-- {id: ask, route: post, wait: 3-5 business days, expect: the form} -->
Ask for it.
#### Fill it in
<!-- id: ask.fill -->
Fill it.
### Send it
<!-- id: send -->
Send it.
## Tips
### Keep a copy
<!-- id: tip.copy -->
A copy.
## FAQ
### How long?
<!-- {id: faq.long, keywords: [time]} -->
Days.
`);

const translation = read(`---
id: errand
language: es
title: Un trámite
routes:
  post: Por correo
---
## Pasos
### Pida el formulario
<!-- {id: ask, wait: 1-2 days, expect: el formulario} -->
Pídalo.
#### Llénelo
<!-- id: ask.fill -->
Llénelo.
### Un paso que el original no tiene
<!-- id: extra -->
Nada.
## Preguntas frecuentes
### ¿Cuánto tarda?
<!-- {id: faq.long, keywords: [tiempo]} -->
Días.
`);

describe('a translation beside a guide', () => {
  const guide = translatedGuide(original, translation, 'es');

  it('gives the words and keeps the shape: ids, numbers, routes and the wait rules', () => {
    expect(guide.title).toBe('Un trámite');
    expect(guide.language).toBe('es');
    expect(guide.routes).toEqual([{ id: 'post', label: 'Por correo' }]);
    expect(guide.steps.map((step) => [step.id, step.number, step.title])).toEqual([
      ['ask', '1', 'Pida el formulario'],
      ['send', '2', 'Send it'],
    ]);
    // The rule is the original's (3-5 business days), the words the translation's.
    expect(guide.steps[0]?.wait).toMatchObject({
      min: 3,
      max: 5,
      unit: 'business-days',
      expect: 'el formulario',
    });
    expect(guide.steps[0]?.route).toBe('post');
    expect(guide.steps[0]?.substeps[0]?.title).toBe('Llénelo');
    expect(guide.faqs[0]).toMatchObject({ question: '¿Cuánto tarda?', keywords: ['tiempo'] });
  });

  it('shows an item it lacks from the original, marked as such', () => {
    expect(guide.steps[1]).toMatchObject({ title: 'Send it', untranslated: true });
    expect(guide.tips[0]).toMatchObject({ title: 'Keep a copy', untranslated: true });
    expect(guide.steps[0]?.untranslated).toBeUndefined();
  });

  it('names the ids it lacks and those only it has', () => {
    expect(translationGaps(original, translation)).toEqual({
      missing: ['send', 'tip.copy'],
      extra: ['extra'],
    });
  });

  it('is known by its file name', () => {
    expect(translationLanguage('amex-pin.es.md')).toBe('es');
    expect(translationLanguage('amex-pin.md')).toBeUndefined();
    expect(translationLanguage('v1.2.md')).toBeUndefined();
  });
});
