import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('stepwise search', () => {
  it('prints ranked matches with an excerpt of each answer', () => {
    const { code, stdout } = runCli(['search', 'chnage', 'pin']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. How do I change my PIN\?\n {3}Call customer service/);
  });

  it('prints JSON, best first, with a score where 0 is best', () => {
    const { code, stdout } = runCli(['search', 'lost', 'pin', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.query).toBe('lost pin');
    expect(json.results.length).toBeLessThanOrEqual(2);
    expect(json.results[0]).toEqual({
      kind: 'faq',
      id: 'faq.lost',
      title: 'I lost or forgot my PIN. How do I get a new one?',
      score: 0,
    });
  });

  it('searches steps, sub-steps and tips with --all', () => {
    const arrives = JSON.parse(runCli(['search', 'mailer', 'arrives', '--all', '--json']).stdout);
    expect(arrives.results[0]).toMatchObject({ kind: 'substep', id: 'mail.arrival' });
    const mailer = JSON.parse(runCli(['search', 'mailer', '--all', '--json']).stdout);
    expect(new Set(mailer.results.map((r: { kind: string }) => r.kind))).toEqual(
      new Set(['substep', 'step']),
    );
    const tips = JSON.parse(runCli(['search', 'phishing', 'emails', '--all', '--json']).stdout);
    expect(tips.results[0]).toMatchObject({ kind: 'tip', id: 'tip.phishing' });
  });

  it('returns empty results and exit 0 when nothing matches', () => {
    const { code, stdout } = runCli(['search', 'xyzzy', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, query: 'xyzzy', results: [] });
  });

  it.each([[['search']], [['search', '   ']], [['search', 'pin', '--limit', 'zero']]])(
    'is a usage error for %j',
    (args) => {
      const { code, stderr } = runCli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/stepwise search:/);
    },
  );

  it('warns when the query looks like a card number, and writes nothing to disk', () => {
    const { code, stderr } = runCli(['search', '4111', '1111', '1111', '1111']);
    expect(code).toBe(0);
    expect(stderr).toContain('That looks like a card number. stepwise never needs one');
  });
});
