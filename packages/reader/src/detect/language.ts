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
const FAST_ENGLISH_SHARE = 0.2;

/**
 * English prose is about a quarter function words ("the", "of", "and", "to"...); the 13 other
 * languages of the detector sample have none to 3 % of these (test). A text that clearly is
 * English skips the detector, whose data takes a few hundred milliseconds to load.
 */
export function clearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < FAST_MIN_WORDS) return false;
  let hits = 0;
  let ascii = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
    if (/^[a-z]+$/.test(w)) ascii++;
  }
  return hits >= FAST_ENGLISH_SHARE * words.length && ascii >= 0.9 * words.length;
}

// the detector module, imported once: under a loader such as tsx (the API's workers run from
// the sources in development) every dynamic import is a round trip to the loader thread,
// about 1 ms measured, as long as a detection itself
let detector: Promise<typeof import('tinyld')> | undefined;

/**
 * The language of a text, as an ISO 639-1 code, with tinyld (measured against eld and
 * franc-min in the README: as accurate as eld on one-sentence texts, faster to load; franc-min
 * confuses German and Dutch sentences). Undefined when the text is too short to tell.
 * The detector and its data (slow to load: see the README) are imported on first use.
 */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/^#{1,6} /gm, '');
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  // a letter or two repeated (a 10,000-letter "aaaa...") says nothing of a language: the detector guessed Filipino
  if (new Set(sample.toLowerCase().match(/\p{L}/gu)).size < MIN_DISTINCT_LETTERS) return undefined;
  if (clearlyEnglish(sample)) return 'en';
  const { detect } = await (detector ??= import('tinyld'));
  const code = detect(sample);
  return code === '' || !writtenIn(sample, code) ? undefined : code;
}

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
  return [
    {
      code: 'LANGUAGE_NOT_COVERED',
      message:
        `The text looks like ${languageName(language)}; the embedded model covers English only — use a multilingual` +
        ` transformers.js model folder with --model DIR.`,
    },
  ];
}
