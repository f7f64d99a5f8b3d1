// For a screen reader or a braille display, symbols are noise at best ("black circle", "box
// drawings light vertical") and at worst the only sign of a state. Text meant for one says its
// states in words and leaves drawing out: this turns lines laid out for the eye into such text.

/** A state symbol at the start of a line (after its indent), and the words that say it. */
const STATE_WORDS: readonly (readonly [RegExp, string])[] = [
  // A checklist line that gives the day it was done says it once: "done 6 Dec: 1. Title".
  [/^(\s*)\[x\]\s+(.*?) {2}done ([^()]+?)(\s+\(.*\))?$/i, '$1done $3: $2$4'],
  [/^(\s*)\[x\]\s+/i, '$1done: '],
  [/^(\s*)\[ \]\s+/, '$1not done: '],
  [/^(\s*)●\s+/, '$1done: '],
  [/^(\s*)◐\s+/, '$1started: '],
  [/^(\s*)◉\s+/, '$1chosen: '],
  [/^(\s*)○\s+/, '$1not done: '],
  [/^(\s*)⚠\s*/, '$1warning: '],
  // Printed lists of tips: "! " marks a warning, "- " any other.
  [/^(\s*)! (?=\S)/, '$1warning: '],
  [/^(\s*)- (?=\S)/, '$1'],
];

/** Marks that only decorate: list bullets and the bar in front of a quotation. */
const DECORATION = /^(\s*)(?:[•·▪◦‣⁃]|│)\s+/;

/** A line drawn only to separate or underline: rules of box-drawing characters, = or -. */
const RULE = /^[\s\u2500-\u257f=\-_~]+$/;

/** Any other drawing: box drawing, blocks and shades, braille patterns, geometric shapes. */
const DRAWING_RUN = /[\u2500-\u259f\u2800-\u28ff\u25a0-\u25ff]+ ?/g;

/** Arrows said as the keys they stand for. */
const ARROWS: Readonly<Record<string, string>> = {
  '↑': 'Up',
  '↓': 'Down',
  '←': 'Left',
  '→': 'Right',
  '⏎': 'Enter',
  '␣': 'Space',
};
const ARROW = new RegExp(`[${Object.keys(ARROWS).join('')}]`, 'gu');

/** One line said in words: its state first, with no drawing left in it; undefined when it is only drawing. */
export function lineInWords(line: string): string | undefined {
  if (line.trim() !== '' && RULE.test(line) && /[\u2500-\u257f=\-_~]{3}/.test(line)) {
    return undefined;
  }
  let text = line;
  for (const [pattern, words] of STATE_WORDS) {
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
    .replace(ARROW, (arrow) => ARROWS[arrow] ?? arrow)
    .replace(/›\s?/g, '')
    // "3/14 done" reads as a date; "[step]" as a bracket.
    .replace(/\b(\d+)\/(\d+) done\b/g, '$1 of $2 done')
    .replace(/ \[(step|sub-step|tip|FAQ)\]$/i, ' (in $1)');
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

/** Key names as a screen reader should say them: "C-n" is Control n, "S-Tab" Shift Tab. */
const KEY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bC-(\S)/g, 'Control $1'],
  [/\bM-(\S)/g, 'Alt $1'],
  [/\bS-(\S)/g, 'Shift $1'],
  [/\bPgDn\b/g, 'Page Down'],
  [/\bPgUp\b/g, 'Page Up'],
  [/\bEsc\b/g, 'Escape'],
];

/** A key label or a hint with its key names in words. */
export function keysInWords(text: string): string {
  return KEY_WORDS.reduce((said, [pattern, words]) => said.replace(pattern, words), text);
}

/** A key table label ("Down j C-n") as alternatives in words: "Down or j or Control n". */
export function keyLabelInWords(label: string): string {
  const keys = label.trim().split(/\s+/).filter(Boolean);
  return keys.map((key) => lineInWords(keysInWords(key)) ?? key).join(' or ');
}
