import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, runCliHere } from '../helpers/cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'stepwise-es-'));
const SPANISH = { LANG: 'es_US.UTF-8' };
// Words that only an English sentence of stepwise's would hold.
const ENGLISH_WORDS =
  /\b(Next|Expect|between|days? left|done|not done|Requested|business days|route|Usage|Run|warning)\b/;

describe('in Spanish', () => {
  it('prints the built-in guide in Spanish under es_US, and in English with --lang en', async () => {
    const spanish = (await runCliHere(['print'], { env: SPANISH })).stdout;
    expect(spanish).toContain('Obtenga su PIN de American Express');
    expect(spanish).toContain('PASOS');
    expect(spanish).toContain('(espera: 5-10 días hábiles)');
    const english = (await runCliHere(['print', '--lang', 'en'], { env: SPANISH })).stdout;
    expect(english).toContain('Get your American Express PIN');
    expect(english).toContain('STEPS');
  });

  it('says progress, its wait and its dates in Spanish, with the country from the region', async () => {
    const configDir = fresh();
    const env = { ...SPANISH, ...fixedClock('2026-11-25T10:00:00Z') };
    expect((await runCliHere(['done', 'mail.request'], { configDir, env })).code).toBe(0);
    const text = (await runCliHere(['progress'], { configDir, env })).stdout;
    expect(text).toContain('1/14 hechos');
    expect(text).toMatch(/Espere su carta con el PIN entre el .+ y el .+ \(quedan \d+ días\)/);
    expect(text).toContain('días hábiles en Estados Unidos');
    expect(text).not.toMatch(ENGLISH_WORDS);
    // Marks made in one language are the same marks in the other.
    const english = (await runCliHere(['progress', '--lang', 'en'], { configDir, env })).stdout;
    expect(english).toContain('1/14 done');
    expect(english).toMatch(/\[x\] 4\.1 Request the mailer/);
  });

  it('says what is due in Spanish', async () => {
    const configDir = fresh();
    await runCliHere(['done', 'mail.request'], {
      configDir,
      env: fixedClock('2026-11-02T10:00:00Z'),
    });
    const { code, stdout } = await runCliHere(['due'], {
      configDir,
      env: { ...SPANISH, ...fixedClock('2026-12-01T10:00:00Z') },
    });
    expect(code).toBe(3);
    expect(stdout).toContain('Obtenga su PIN de American Express:');
    expect(stdout).toMatch(/días de retraso/);
    expect(stdout).not.toMatch(ENGLISH_WORDS);
  });

  it('says errors in Spanish, and --help', async () => {
    const mistyped = await runCliHere(['dnoe', '1'], { env: SPANISH });
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain('comando desconocido');
    expect(mistyped.stderr).toContain('Uso: stepwise');
    const unknown = await runCliHere(['done', '9.9'], { env: SPANISH });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"9.9"');
    expect(unknown.stderr).not.toMatch(/\bno step\b/);
    const help = (await runCliHere(['--help'], { env: SPANISH })).stdout;
    expect(help).toContain('Uso: stepwise [comando] [opciones]');
    expect(help).not.toMatch(/\b(Usage|Commands|Options|Environment|Exit codes)\b/);
  });

  it('says the problems of a large guide, parsed in a process of its own, in Spanish too', async () => {
    const dir = fresh();
    const prose = Array.from(
      { length: 2500 },
      (_, index) => `Paragraph ${index} of a long step.`,
    ).join('\n\n');
    writeFileSync(
      join(dir, 'long.md'),
      `---\nid: long\ntitle: Long\n---\n## Steps\n### One\n<!-- id: one -->\n${prose}\n## FAQ\n### Why?\n<!-- id: faq.why -->\nBecause.\n`,
    );
    // Over 64 KB: parsed in the parse process (adapters/parse-in-worker.ts).
    expect(prose.length).toBeGreaterThan(64 * 1024);
    const { stdout } = await runCliHere(['lint', join(dir, 'long.md')], { env: SPANISH });
    expect(stdout).toMatch(/long\.md:\d+: advertencia: /);
    expect(stdout).not.toMatch(/has no keywords/);
  });

  it('refuses a language it does not speak, naming the ones it does', async () => {
    const { code, stderr } = await runCliHere(['print', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"fr".*en \(English\).*es \(español\)/);
  });

  it("says a problem with the settings file in the locale's language", async () => {
    const configDir = fresh();
    writeFileSync(join(configDir, 'settings.json'), '{ not json');
    const { stderr } = await runCliHere(['print'], { configDir, env: SPANISH });
    expect(stderr).toContain('no es JSON válido');
    expect(stderr).not.toContain('is not valid JSON');
  });

  it('keeps the language setting', async () => {
    const configDir = fresh();
    expect((await runCliHere(['config', 'set', 'language', 'es'], { configDir })).code).toBe(0);
    expect((await runCliHere(['print'], { configDir })).stdout).toContain('PASOS');
    expect((await runCliHere(['print', '--lang', 'en'], { configDir })).stdout).toContain('STEPS');
  });

  it('lists one entry per guide, translations included', async () => {
    const list = await runCliHere(['list', '--json'], { env: SPANISH });
    const guides = JSON.parse(list.stdout).guides as { id: string; title: string }[];
    expect(guides.map((guide) => guide.id)).toEqual(['amex-pin']);
    expect(guides[0]?.title).toBe('Obtenga su PIN de American Express');
  });

  it('lints a translation against its original: ids it lacks and ids only it has', async () => {
    const dir = fresh();
    writeFileSync(
      join(dir, 'trip.md'),
      '---\nid: trip\ntitle: Trip\n---\n## Steps\n### Pack\n<!-- id: pack -->\nPack.\n### Go\n<!-- id: go -->\nGo.\n',
    );
    writeFileSync(
      join(dir, 'trip.es.md'),
      '---\nid: trip\ntitle: Viaje\n---\n## Pasos\n### Empaque\n<!-- id: pack -->\nEmpaque.\n### Extra\n<!-- id: extra -->\nNada.\n',
    );
    const { stdout, stderr } = await runCliHere(['lint', dir]);
    expect(stdout).toContain(
      'trip.es.md:1: warning: the translation lacks 1 item of trip.md, shown from it instead: go',
    );
    expect(stdout).toMatch(/trip\.es\.md:\d+: warning: "extra" is not an item of trip\.md/);
    expect(stderr).toContain('2 files checked');
    // The app and print show the missing item from the original, and say so.
    const print = (await runCliHere(['print', '--guide', join(dir, 'trip.md'), '--lang', 'es']))
      .stdout;
    expect(print).toContain('Empaque');
    expect(print).toMatch(/2\. Go \(.+\)/);
    expect(print).not.toContain('Empaque (');
  });
});
