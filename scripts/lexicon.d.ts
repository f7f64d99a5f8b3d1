export function lexiconSource(): string;
export function buildLexicon(): string;
export function buildHandKeptLexicon(file: string): string;
export const LEXICON_FORMAT: number;
