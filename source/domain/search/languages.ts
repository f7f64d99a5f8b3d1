// How search reads the words of one language: their stems, the filler words that carry no meaning in
// a question, and the question phrases that mean one thing together ("how long", "cuánto tiempo").
// Words reach these rules already folded (lower case, accents removed), as people type them with or
// without accents: "olvide" and "olvidé" are one word.

import { stemmer as englishStemmer } from 'stemmer';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

export type WordRules = {
  readonly language: string;
  /** The stem a word shares with its other forms: "travelling" and "travel", "olvidé" and "olvidar". */
  readonly stem: (word: string) => string;
  readonly stopWords: ReadonlySet<string>;
  /** Phrases kept as one term where a text has them, since each of their words alone is filler. */
  readonly questionPhrases: RegExp;
};

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const ENGLISH: WordRules = {
  language: 'en',
  stem: (word) => (word.length <= 3 ? word : englishStemmer(word)),
  stopWords:
    words(`a about after again all also am an and any are as at be been before being but by can
  could did do does doing for from get gets getting go going got had has have having help how i i'm if in
  into is it its just let me might more most much my need needs no not now of off on one only or other our
  out over please should so some still such than that the their them then there these they this those
  through to too up us very via want wants was way we were what when where whether which while who why
  will with would you your yours`),
  questionPhrases: /\bhow (much|long|many|often)\b/g,
};

// Snowball's Spanish stemmer (through @orama/stemmers) on folded words: its rules for accented
// endings also hold for the same endings typed without accents.
export const SPANISH: WordRules = {
  language: 'es',
  stem: (word) => (word.length <= 3 ? word : spanishStemmer(word)),
  stopWords:
    words(`a al algo algun alguna alguno algunos ante antes aqui asi aun cada como con contra cual
  cuales cuando de del desde donde dos el ella ellas ellos en entre era eran es esa ese eso esta estan estas
  este esto estos estoy fue fueron ha hace hacer han has hasta hay he la las le les lo los me mi mis muy
  necesito ni no nos o otra otro para pero poder por porque puede pueden puedo que quiero se sea ser si
  sin sobre solo su sus tambien tan tengo tiene tienen todo tu tus un una uno unos usted ustedes y ya yo`),
  questionPhrases: /\bcuant[oa]s? (tiempo|cuesta|dias|tarda)\b/g,
};

const RULES: Readonly<Record<string, WordRules>> = { en: ENGLISH, es: SPANISH };

/** The rules for a language; English for one search has no rules of its own for. */
export const wordRulesFor = (language: string | undefined): WordRules =>
  (language !== undefined && Object.hasOwn(RULES, language) ? RULES[language] : undefined) ??
  ENGLISH;
