// The shipped guide, as content: what it says and how it is marked up. Unit tests of the engine use
// their own fixtures; only these tests and the end-to-end tests read content/.
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../source/domain/guide/parse-guide.js';
import { amexGuide, amexText } from '../helpers/guides.js';

describe('the built-in PIN guide', () => {
  const guide = amexGuide();

  it('has 5 steps, 9 sub-steps, 5 tips and 10 FAQs', () => {
    expect(guide.steps).toHaveLength(5);
    expect(guide.steps.flatMap((step) => step.substeps)).toHaveLength(9);
    expect(guide.tips).toHaveLength(5);
    expect(guide.faqs).toHaveLength(10);
  });

  it('gives every item a unique id', () => {
    const ids = [
      ...guide.steps.flatMap((step) => [step.id, ...step.substeps.map((sub) => sub.id)]),
      ...guide.tips.map((tip) => tip.id),
      ...guide.faqs.map((faq) => faq.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks steps 2-4 as the online, phone and mail routes and the mailer wait', () => {
    expect(guide.steps.map((step) => step.route)).toEqual([
      undefined,
      'online',
      'phone',
      'mail',
      undefined,
    ]);
    const mailRequest = guide.steps[3]?.substeps[0];
    expect(mailRequest?.wait).toEqual({
      min: 5,
      max: 10,
      unit: 'business-days',
      text: '5-10 business days',
      then: 'phone',
      until: ['mail.arrival'],
      expect: 'your PIN mailer',
    });
    // Asking online may bring a mailer, or show the PIN at once: holding it ends the wait.
    expect(guide.steps[1]?.substeps[1]?.wait).toMatchObject({ then: 'phone', until: ['online.have'] });
  });

  it('has keywords on every FAQ, a disclaimer, and two warning tips', () => {
    expect(guide.faqs.every((faq) => faq.keywords.length > 0)).toBe(true);
    expect(guide.disclaimer).toMatch(/unofficial/i);
    expect(guide.disclaimer).toMatch(/not .*affiliated/i);
    expect(guide.tips.filter((tip) => tip.warning).map((tip) => tip.id)).toEqual([
      'tip.never-share',
      'tip.phishing',
    ]);
  });

  it('parses cleanly, without warnings', () => {
    const { problems } = parseGuide(amexText());
    expect(problems).toEqual([]);
  });

  it('lists what to have at hand for the call and for the mailer', () => {
    const tasks = guide.steps.flatMap((step) => [step, ...step.substeps]);
    expect(tasks.find((task) => task.id === 'phone.call')?.needs?.length).toBeGreaterThan(2);
    expect(tasks.find((task) => task.id === 'mail.request')?.needs).toHaveLength(1);
  });
});
