import { BEFORE_NUMBER, NEVER_FINAL_ACRONYMS, NON_FINAL, OPENERS, POSTPOSITIVE, STRICT_TITLES } from './abbreviations.js';

/**
 * Whether terminal punctuation ends a sentence, judged from the word before it and the words
 * after it. The scanner (block-sentences.ts) only asks about punctuation followed by
 * whitespace and a capital, a digit or an opening quote/bracket before one; a lower-case word
 * after it never starts a sentence ("Yahoo! employees", "etc. in York", "'Stop!' he said").
 */

/** What follows the candidate boundary. */
export interface RightContext {
  /** The next word, opening quotes/brackets and trailing punctuation stripped ("Smith", "The", "500"). */
  readonly word: string;
  /** Whether the next word starts with a capital or a digit (or a currency sign). */
  readonly starts: 'upper' | 'digit';
  /** The next word ends with a period ("Mr.", "J."). */
  readonly abbreviated: boolean;
}

/** What precedes it. */
export interface LeftContext {
  /** The terminal run: ".", "?!", "...", ". . . .", "…". */
  readonly run: string;
  /** The token before the run, opening and closing quotes/brackets stripped ("U.S", "Smith", "100.00"). */
  readonly token: string;
  /** The word before that token ("and" in "you and I."), or "" at the start. */
  readonly previousWord: string;
  /** Closing quotes or brackets came after the run ('."', '?"', '.)'). */
  readonly quoted: boolean;
  /** A space stood before the run ("word . . ." or "word ..."). */
  readonly spacedRun: boolean;
  /** Words of the sentence so far (up to the run). */
  readonly wordsBefore: number;
  /** Words from the boundary to the next terminal punctuation (for attributions after quotes). */
  readonly wordsAfter: number;
}

/** Most words an attribution after a quoted question or exclamation has ('"Why?" Tom asked.'). */
const MAX_ATTRIBUTION_WORDS = 4;
/** Fewest words before a time/degree abbreviation for it to end a sentence ("At 5 a.m. Mr. Smith" is one). */
const MIN_WORDS_BEFORE_POSTPOSITIVE = 4;

const NUMBER = /^[$£€¥]?\d[\d,.:]*%?$/u;
const ACRONYM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;
const EXCLAIM_OR_QUESTION = /[!?‼⁇⁈⁉]/u;

/** Periods in a terminal run, an ellipsis character counting 3 (a char-code loop: no match object per run). */
function dotCount(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x2e) n += 1;
    else if (c === 0x2026) n += 3;
  }
  return n;
}

/** True when the punctuation described by `left` ends a sentence before `right`. */
export function endsSentence(left: LeftContext, right: RightContext): boolean {
  const { run } = left;
  if (EXCLAIM_OR_QUESTION.test(run)) {
    // '"Who won?" Anna asked.' keeps its short attribution; '"Who cares?" The result...' does not
    return !(left.quoted && left.wordsAfter <= MAX_ATTRIBUTION_WORDS && !OPENERS.has(right.word));
  }
  const dots = dotCount(run);
  if (dots >= 4) return true;
  // `Cell Block H." Labour`: a closing quote after a period ends the sentence
  if (left.quoted && dots === 1) return true;
  if (dots === 3) return !left.spacedRun;
  return periodEnds(left, right);
}

/** A single period (or two) before a capital or a digit. */
function periodEnds(left: LeftContext, right: RightContext): boolean {
  if (left.token === '') return true;
  if (NUMBER.test(left.token)) return true;
  // "Tuesday.Mr" (a glued sentence end before it), "example.com": the last part counts
  const token = ACRONYM.test(left.token) ? left.token : left.token.slice(left.token.lastIndexOf('.') + 1);
  const lower = token.toLowerCase();
  const opener = OPENERS.has(right.word) && !(right.word === 'A' && right.abbreviated);
  const digit = right.starts === 'digit';
  if (STRICT_TITLES.has(lower)) return false;
  if (ACRONYM.test(token)) return acronymEnds(lower, left, right, opener);
  if (token.length === 1 && LETTERS.test(token)) return letterEnds(token, left, right, opener);
  if (NON_FINAL.has(lower)) return opener && !digit;
  if (BEFORE_NUMBER.has(lower)) return !digit;
  // "paid Rs. 500", "N°. 12": a short unknown abbreviation before a number
  if (digit && token.length <= 3 && /^[\p{L}°]+$/u.test(token)) return false;
  return true;
}

/** "U.S.", "e.g.", "P.M.", "Ph.D." before a capital or a digit. */
function acronymEnds(lower: string, left: LeftContext, right: RightContext, opener: boolean): boolean {
  if (NEVER_FINAL_ACRONYMS.has(lower)) return false;
  if (right.starts === 'digit') return false;
  if (POSTPOSITIVE.has(lower)) return left.wordsBefore >= MIN_WORDS_BEFORE_POSTPOSITIVE || opener;
  if (opener) return true;
  // "in the U.S. Mr. Obama said": a title after a country's initials starts a sentence
  return right.abbreviated && STRICT_TITLES.has(right.word.toLowerCase()) && left.wordsBefore >= MIN_WORDS_BEFORE_POSTPOSITIVE;
}

/** A single letter: the pronoun "I" ("you and I. Did"), an initial ("Albert I. Jones", "J. R. R. Tolkien") or "Plan B." */
function letterEnds(token: string, left: LeftContext, right: RightContext, opener: boolean): boolean {
  if (token === 'I' && (left.previousWord === '' || LOWER_START.test(left.previousWord))) return true;
  if (right.abbreviated && right.word.length === 1) return false; // "J. R. R."
  if (LOWER_START.test(token) && right.starts === 'digit') return false; // "p. 55"
  return opener && right.word !== 'I';
}
