import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliHere } from '../helpers/cli.js';
import { ROOT } from '../helpers/terminal.js';

describe('stepwise search', () => {
  it('prints ranked matches with an excerpt of each answer', async () => {
    const { code, stdout } = await runCliHere(['search', 'chnage', 'pin']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. How do I change my PIN\?\n {3}Call customer service/);
  });

  it('prints JSON, best first, with a score where 0 is best', async () => {
    const { code, stdout } = await runCliHere(['search', 'lost', 'pin', '--json', '--limit', '2']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.query).toBe('lost pin');
    expect(json.results.length).toBeLessThanOrEqual(2);
    expect(json.results[0]).toEqual({
      kind: 'faq',
      id: 'faq.lost',
      title: 'I lost or forgot my PIN. How do I get a new one?',
      score: expect.any(Number),
      coverage: 1,
    });
    expect(json.results[0].score).toBeLessThan(0.2);
    expect(json.close).toBe(true);
  });

  it('searches the whole guide, and says when nothing answers well, offering guesses', async () => {
    const call = JSON.parse(
      (await runCliHere(['search', 'phone', 'number', 'to', 'call', '--json'])).stdout,
    );
    expect(call.results[0]).toMatchObject({ kind: 'substep', id: 'phone.number' });
    const faqOnly = JSON.parse(
      (await runCliHere(['search', 'phone', 'number', '--faq', '--json'])).stdout,
    );
    expect(faqOnly.results.every((result: { kind: string }) => result.kind === 'faq')).toBe(true);
    const weak = await runCliHere(['search', 'best', 'pizza', 'near', 'me']);
    expect(weak.code).toBe(0);
    expect(weak.stdout).toMatch(
      /^Nothing answers "best pizza near me" well\. The closest guesses:\n1\. /,
    );
    expect(weak.stdout.match(/^\d+\. /gm)?.length).toBeLessThanOrEqual(3);
  });

  it('searches steps, sub-steps and tips with --all', async () => {
    const arrives = JSON.parse(
      (await runCliHere(['search', 'mailer', 'arrives', '--all', '--json'])).stdout,
    );
    expect(arrives.results[0]).toMatchObject({ kind: 'substep', id: 'mail.arrival' });
    const mailer = JSON.parse((await runCliHere(['search', 'mailer', '--all', '--json'])).stdout);
    expect(new Set(mailer.results.map((r: { kind: string }) => r.kind))).toEqual(
      new Set(['substep', 'step']),
    );
    const tips = JSON.parse(
      (await runCliHere(['search', 'phishing', 'emails', '--all', '--json'])).stdout,
    );
    expect(tips.results[0]).toMatchObject({ kind: 'tip', id: 'tip.phishing' });
  });

  it('returns empty results and exit 0 when nothing matches', async () => {
    const { code, stdout } = await runCliHere(['search', 'xyzzy', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      schemaVersion: 1,
      query: 'xyzzy',
      close: false,
      results: [],
    });
  });

  it.each([[['search']], [['search', '   ']], [['search', 'pin', '--limit', 'zero']]])(
    'is a usage error for %j',
    async (args) => {
      const { code, stderr } = await runCliHere(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/stepwise search:/);
    },
  );

  it('warns when the query looks like a card number, and writes nothing to disk', async () => {
    const { code, stderr } = await runCliHere(['search', '4111', '1111', '1111', '1111']);
    expect(code).toBe(0);
    expect(stderr).toContain('That looks like a card number. stepwise never needs one');
  });
});

describe('search across guides', () => {
  const library = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-library-'));
    for (const file of ['router-wifi.txt', 'library-card-child.txt']) {
      const result = await runCliHere(['import', join(ROOT, 'test', 'fixtures', 'imported', file)]);
      writeFileSync(join(dir, file.replace('.txt', '.md')), result.stdout);
    }
    return dir;
  };

  it('searches every guide with --everywhere, each result naming its guide', async () => {
    const dir = await library();
    const result = await runCliHere([
      'search',
      '--everywhere',
      '--content',
      dir,
      '--json',
      'reboot',
      'router',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    // A step that says "restart", for "reboot": steps are searched as well as questions.
    expect(json.results[0]).toMatchObject({
      kind: 'step',
      id: 'restart-the-router',
      guide: 'fix-a-home-internet-connection-that-keeps-dropping',
      guideTitle: 'Fix a home internet connection that keeps dropping',
    });
    // The built-in guide is searched too.
    const pin = JSON.parse(
      (await runCliHere(['search', '--everywhere', '--content', dir, '--json', 'lost', 'pin']))
        .stdout,
    );
    expect(pin.results[0].guide).toBe('amex-pin');
    const text = await runCliHere([
      'search',
      '--everywhere',
      '--content',
      dir,
      'is',
      'a',
      'kids',
      'card',
      'free',
    ]);
    expect(text.stdout).toMatch(
      /^1\. Does a card for a child cost anything\? · Get a library card for your child$/m,
    );
  });

  it('suggests keywords in lint for FAQs nobody tuned, as warnings only', async () => {
    const dir = await library();
    const result = await runCliHere(['lint', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /warning: FAQ "Does a card for a child cost anything\?" has no keywords: people may also type kid,/,
    );
  });
});

describe('a query that is not a question', () => {
  it('matches only its first words and quotes a short part of it back', async () => {
    const words = Array.from({ length: 12_000 }, (_, index) => `zq${index.toString(36)}x`);
    const result = await runCliHere(['search', ...words]);
    expect(result.code).toBe(0);
    const first = result.stdout.split('\n')[0] ?? '';
    expect(first).toMatch(/^(No matches for|Nothing answers) "zq0x zq1x .{0,60}…"/);
    expect(first.length).toBeLessThan(140);
  });

  it('never quotes back a secret it warned about', async () => {
    const result = await runCliHere(['search', 'card', '4111', '1111', '1111', '1111', 'zzqqy']);
    expect(result.stderr).toMatch(/looks like a card number/);
    expect(result.stdout).not.toMatch(/4111/);
  });
});
