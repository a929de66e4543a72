import type { ReadWarning } from '../types.js';

/** Fewer letters than this: too little text to name a language. */
const MIN_LETTERS = 20;
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

// the detector module, imported once: under a loader such as tsx (the API's workers run from
// the sources in development) every dynamic import is a round trip to the loader thread,
// about 1 ms measured, as long as a detection itself
let detector: Promise<typeof import('tinyld')> | undefined;

/**
 * The language of a text, as an ISO 639-1 code, with tinyld (measured against eld and
 * franc-min in the README: as accurate as eld on one-sentence texts, faster to load; franc-min
 * confuses German and Dutch sentences). Undefined when the text is too short to tell.
 * The detector and its data (about 300 ms to load) are imported on first use.
 */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/^#{1,6} /gm, '');
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const { detect } = await (detector ??= import('tinyld'));
  const code = detect(sample);
  return code === '' ? undefined : code;
}

/** The warning for a language the embedded model does not cover, in words, with the way out. */
export function languageWarnings(language: string | undefined): ReadWarning[] {
  if (language === undefined || COVERED.has(language)) return [];
  return [
    {
      code: 'LANGUAGE_NOT_COVERED',
      message: `The text looks like ${languageName(language)}; the embedded model covers English only — use a multilingual transformers.js model folder with --model DIR.`,
    },
  ];
}
