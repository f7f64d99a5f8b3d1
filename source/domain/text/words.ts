// For a screen reader or a braille display, symbols are noise at best ("black circle", "box
// drawings light vertical") and at worst the only sign of a state. Text meant for one says its
// states in words and leaves drawing out: this turns lines laid out for the eye into such text.

import { currentLanguage, t } from '../i18n/translate.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message with its placeholders as capture groups ("(\d+)/(\d+) done"), to find it in a line. */
function patternOf(key: string, groups: Readonly<Record<string, string>>): string {
  const marks = Object.fromEntries(
    Object.keys(groups).map((name, index) => [name, `\u0000${index}\u0000`]),
  );
  let text = escape(t(key, marks));
  Object.values(groups).forEach((group, index) => {
    text = text.replace(`\u0000${index}\u0000`, group);
  });
  return text;
}

type Rules = {
  readonly language: string;
  /** A state symbol at the start of a line (after its indent), and the words that say it. */
  readonly states: readonly (readonly [RegExp, string])[];
  /** Arrows said as the keys they stand for. */
  readonly arrows: Readonly<Record<string, string>>;
  readonly counts: RegExp;
  readonly tags: RegExp;
  /** Key names as a screen reader should say them: "C-n" is Control n, "S-Tab" Shift Tab. */
  readonly keys: readonly (readonly [RegExp, string])[];
  readonly or: string;
};

let cached: Rules | undefined;

/** The words of the interface's language, made once per language. */
function rules(): Rules {
  const language = currentLanguage();
  if (cached?.language === language) return cached;
  const done = t('done');
  const notDone = t('not done');
  const warning = t('warning');
  // A checklist line that gives the day it was done says it once: "done 6 Dec: 1. Title".
  const doneOn = patternOf('done {date}', { date: '([^()]+?)' });
  cached = {
    language,
    states: [
      [
        new RegExp(`^(\\s*)\\[x\\]\\s+(.*?) {2}${doneOn}(\\s+\\(.*\\))?$`, 'i'),
        `$1${t('done {date}', { date: '$3' })}: $2$4`,
      ],
      [/^(\s*)\[x\]\s+/i, `$1${done}: `],
      [/^(\s*)\[ \]\s+/, `$1${notDone}: `],
      [/^(\s*)●\s+/, `$1${done}: `],
      [/^(\s*)◐\s+/, `$1${t('started')}: `],
      [/^(\s*)◉\s+/, `$1${t('chosen')}: `],
      [/^(\s*)○\s+/, `$1${notDone}: `],
      [/^(\s*)⚠\s*/, `$1${warning}: `],
      // Printed lists of tips: "! " marks a warning, "- " any other.
      [/^(\s*)! (?=\S)/, `$1${warning}: `],
      [/^(\s*)- (?=\S)/, '$1'],
    ],
    arrows: {
      '↑': t('Up'),
      '↓': t('Down'),
      '←': t('Left'),
      '→': t('Right'),
      '⏎': t('Enter'),
      '␣': t('Space'),
    },
    // "3/14 done" reads as a date.
    counts: new RegExp(
      `\\b${patternOf('{done}/{count} done', { done: '(\\d+)', count: '(\\d+)' })}`,
      'g',
    ),
    // "[step]" reads as a bracket.
    tags: new RegExp(
      ` \\[(${[t('step'), t('sub-step'), t('tip'), t('FAQ@@result tag')].map(escape).join('|')})\\]$`,
      'i',
    ),
    keys: [
      [/\bC-(\S)/g, `${t('Control')} $1`],
      [/\bM-(\S)/g, 'Alt $1'],
      [/\bS-(\S)/g, `${t('Shift')} $1`],
      [
        new RegExp(`(?<![\\p{L}\\p{N}])${escape(t('PgDn'))}(?![\\p{L}\\p{N}])`, 'gu'),
        t('Page Down'),
      ],
      [new RegExp(`(?<![\\p{L}\\p{N}])${escape(t('PgUp'))}(?![\\p{L}\\p{N}])`, 'gu'), t('Page Up')],
      [/\bEsc\b/g, t('Escape')],
    ],
    or: t('or'),
  };
  return cached;
}

/** Marks that only decorate: list bullets and the bar in front of a quotation. */
const DECORATION = /^(\s*)(?:[•·▪◦‣⁃]|│)\s+/;

/** A line drawn only to separate or underline: rules of box-drawing characters, = or -. */
const RULE = /^[\s\u2500-\u257f=\-_~]+$/;

/** Any other drawing: box drawing, blocks and shades, braille patterns, geometric shapes. */
const DRAWING_RUN = /[\u2500-\u259f\u2800-\u28ff\u25a0-\u25ff]+ ?/g;

const ARROW = /[↑↓←→⏎␣]/gu;

/** One line said in words: its state first, with no drawing left in it; undefined when it is only drawing. */
export function lineInWords(line: string): string | undefined {
  if (line.trim() !== '' && RULE.test(line) && /[\u2500-\u257f=\-_~]{3}/.test(line)) {
    return undefined;
  }
  const said = rules();
  let text = line;
  for (const [pattern, words] of said.states) {
    if (pattern.test(text)) {
      text = text.replace(pattern, words);
      break;
    }
  }
  text = text.replace(DECORATION, '$1');
  // A table's cell borders become a pause; the rest of the drawing goes.
  text = text
    .replace(/\s*│\s*/g, ', ')
    // A dot between two things is a pause too.
    .replace(/\s+[•·]\s+/g, ', ')
    .replace(DRAWING_RUN, '')
    .replace(ARROW, (arrow) => said.arrows[arrow] ?? arrow)
    .replace(/›\s?/g, '')
    .replace(said.counts, (_, done: string, count: string) =>
      t('{done} of {count} done', { done, count }),
    )
    .replace(said.tags, (_, place: string) => ` (${t('in {place}', { place })})`);
  return text.replace(/[ \t]+$/, '');
}

/** Text of any number of lines, said in words (domain/text/words.ts), with drawn-only lines left out. */
export function toWords(text: string): string {
  return text
    .split('\n')
    .map(lineInWords)
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** A key label or a hint with its key names in words. */
export function keysInWords(text: string): string {
  return rules().keys.reduce((said, [pattern, words]) => said.replace(pattern, words), text);
}

/** A key table label ("Down j C-n") as alternatives in words: "Down or j or Control n". */
export function keyLabelInWords(label: string): string {
  const keys = label.trim().split(/\s+/).filter(Boolean);
  return keys.map((key) => lineInWords(keysInWords(key)) ?? key).join(` ${rules().or} `);
}
