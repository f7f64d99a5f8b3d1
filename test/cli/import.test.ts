import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliHere } from '../helpers/cli.js';
import { ROOT } from '../helpers/terminal.js';

const article = (name: string) => join(ROOT, 'test', 'fixtures', 'articles', name);

describe('stepwise import', () => {
  it('turns an article about getting a PIN back into a guide that lint accepts and the app opens', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'stepwise-import-')), 'pin.md');
    const result = await runCliHere([
      'import',
      article('pin-article.txt'),
      '--id',
      'pin-article',
      '--output',
      output,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/pin-article\.txt:1: warning: no title line/);
    const lint = await runCliHere(['lint', output]);
    expect(lint.code).toBe(0);
    expect(lint.stderr).toContain('0 errors');
    const json = JSON.parse((await runCliHere(['print', '--json', '--guide', output])).stdout);
    expect(json.id).toBe('pin-article');
    expect([json.steps.length, json.tips.length, json.faqs.length]).toEqual([5, 5, 10]);
    expect(readFileSync(output, 'utf8')).toMatch(/^---\nid: pin-article\n/);
  });

  it('reads standard input with -', async () => {
    const result = await runCliHere(['import', '-', '--id', 'plants'], {
      input: readFileSync(article('houseplant.txt'), 'utf8'),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\nid: plants\n/);
    expect(result.stdout).toContain('### Water only when dry');
  });

  it('refuses an article without steps, and a missing file, with exit 1', async () => {
    const none = await runCliHere(['import', article('no-steps.txt')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no-steps.txt: no steps found');
    const missing = await runCliHere(['import', article('missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.txt:1: file not found');
  });

  it('needs exactly one source', async () => {
    expect((await runCliHere(['import'])).code).toBe(2);
  });
});

describe('stepwise import, past the limits', () => {
  it('writes nothing it could not open: an article with more steps than a guide may have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-import-'));
    const output = join(dir, 'huge.md');
    const steps = Array.from(
      { length: 20_010 },
      (_, index) => `Step ${index + 1}: Do ${index}\nDo it.`,
    );
    const result = await runCliHere(['import', '-', '--output', output], {
      input: `${steps.join('\n')}\n`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not be opened \(too many headings .*\); nothing written/);
    expect(existsSync(output)).toBe(false);
  });
});
