// The app in Spanish at the sizes people's terminals open at: Spanish runs longer than English, and
// nothing may be cut in it that is not cut in English.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, TestTerminal } from '../helpers/terminal.js';
import { runCli } from '../helpers/cli.js';

let terminals: TestTerminal[] = [];
afterEach(() => {
  for (const terminal of terminals) terminal.dispose();
  terminals = [];
});

const open = (
  cols: number,
  rows: number,
  lang: string,
  configDir?: string,
  args: string[] = [],
) => {
  const terminal = new TestTerminal({
    cols,
    rows,
    args,
    env: { LANG: lang },
    ...(configDir !== undefined && { configDir }),
  });
  terminals.push(terminal);
  return terminal;
};

/** Text cut with "…", per screen: a Spanish screen may cut no more than the English one. */
const cuts = (screen: string) => (screen.match(/…/g) ?? []).length;

describe.each([
  [80, 24],
  [100, 30],
])('at %ix%i', (cols, rows) => {
  it('shows the interface and the guide in Spanish under es_US, every pane and the help', async () => {
    const spanish = open(cols, rows, 'es_US.UTF-8');
    const english = open(cols, rows, 'en_US.UTF-8');
    const panes: [string, RegExp, RegExp][] = [
      ['1', /\[1 Pasos\]/, /\[1 Steps\]/],
      ['2', /\[2 Preguntas\]/, /\[2 FAQ\]/],
      ['3', /\[3 Consejos\]/, /\[3 Tips\]/],
      ['4', /\[4 Progreso\]/, /\[4 Progress\]/],
    ];
    await spanish.waitFor('Obtenga su PIN de American Express');
    await english.waitFor('Get your American Express PIN');
    for (const [key, es, en] of panes) {
      spanish.write(key);
      english.write(key);
      const seen = await spanish.waitFor(es);
      const seenEnglish = await english.waitFor(en);
      const status =
        seen
          .split('\n')
          .filter((line) => line.trim() !== '')
          .at(-1) ?? '';
      expect(status, seen).toMatch(/q salir/);
      expect(status, seen).toMatch(/\? ayuda\s*$/);
      expect(seen).toMatch(/1 Pasos.*2 Preguntas.*3 Consejos.*4 Progreso/);
      expect(cuts(seen), `${seen}\n---\n${seenEnglish}`).toBeLessThanOrEqual(cuts(seenEnglish));
      expect(seen).not.toMatch(/\b(done|not done|Next|Steps|help|quit|move|open)\b/);
    }
    spanish.write('1');
    english.write('1');
    await spanish.waitFor('[1 Pasos]');
    spanish.write('?');
    english.write('?');
    const help = await spanish.waitFor('Teclas (? o Esc para cerrar)');
    const helpEnglish = await english.waitFor('Keys (? or Esc to close)');
    expect(cuts(help), `${help}\n---\n${helpEnglish}`).toBeLessThanOrEqual(cuts(helpEnglish));
    expect(help).toMatch(/salir/);
    spanish.write(KEYS.escape);
    await spanish.waitFor((now) => !now.includes('Teclas (?'));
  });
});

it('shares marks between languages, and --lang en speaks English', async () => {
  const spanish = open(80, 24, 'es_US.UTF-8');
  await spanish.waitFor('[1 Pasos]');
  spanish.write(' ');
  await spanish.waitFor('1/14 hechos');
  spanish.write('q');
  await spanish.exited;
  const { stdout } = runCli(['progress', '--json'], { configDir: spanish.configDir });
  expect(JSON.parse(stdout).done).toEqual(['options']);
  const english = open(80, 24, 'es_US.UTF-8', spanish.configDir, ['--lang', 'en']);
  await english.waitFor('1/14 done');
});

it('says roles, states and keys in Spanish to a screen reader', async () => {
  const reader = open(80, 24, 'es_US.UTF-8', undefined, ['--screen-reader']);
  const screen = await reader.waitFor('pestañas: pestaña: (seleccionado) Pasos (tecla 1)');
  expect(screen).toMatch(/lista: elemento: \(seleccionado\) 1\. Conozca sus opciones, no hecho/);
  reader.write(' ');
  const marked = await reader.waitFor('marcado como hecho');
  expect(marked).toMatch(/elemento: \(seleccionado, marcado\) 1\. Conozca sus opciones, hecho/);
  expect(marked).not.toMatch(/\b(tablist|listitem|selected|checked|textbox|not done|done)\b/);
  reader.write('?');
  const help = await reader.waitFor('Teclas.');
  expect(help).toMatch(/Abajo o j o Control n: elemento siguiente/);
});
