// In a terminal whose locale is not UTF-8 (LANG=C, Emacs shells, old consoles) the symbols stepwise
// draws with come out as "_" or worse, and done looks like not done. There, each becomes an ASCII
// character of the same width, so every layout stays as it is.

const ASCII: Readonly<Record<string, string>> = {
  '○': 'o',
  '●': '*',
  '◐': '+',
  '◉': '@',
  '›': '>',
  '▸': '>',
  '▾': 'v',
  '│': '|',
  '─': '-',
  '┼': '+',
  '█': '#',
  '░': '.',
  '⚠': '!',
  '⏎': '<',
  '␣': '_',
  '←': '<',
  '→': '>',
  '↑': '^',
  '↓': 'v',
  '•': '*',
  '·': '-',
  '…': '~',
  '–': '-',
  '—': '-',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
};

const SYMBOLS = new RegExp(`[${Object.keys(ASCII).join('')}]`, 'g');

/** The text with every drawing symbol and typographic mark as one ASCII character. */
export function toAscii(text: string): string {
  return text.replace(SYMBOLS, (symbol) => ASCII[symbol] ?? symbol);
}

/**
 * Whether the locale asks for ASCII: the first of LC_ALL, LC_CTYPE and LANG that is set decides,
 * and only a UTF-8 one allows the symbols. With none set, the terminal is taken to be UTF-8.
 */
export function localeWantsAscii(env: Readonly<Record<string, string | undefined>>): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return locale !== undefined && !/utf-?8/i.test(locale);
}
