/**
 * The Porter (1980) stemmer exactly as shipped inside ROUGE-1.5.5.pl.
 *
 * ROUGE-1.5.5 embeds Martin Porter's reference Perl implementation ("Release 1", from
 * tartarus.org), which already carries Porter's own small departures from the 1980 paper
 * (step 2 uses `bli -> ble` instead of `abli -> able` and adds `logi -> log`). Chin-Yew Lin
 * then modified step 4 (comment "CYL: Modified 02/14/2004"): instead of one alternation where
 * exactly one suffix is removed, step 4 is three checks in a row,
 *
 * 1. `al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize`,
 * 2. then `ment`,
 * 3. then `ent`, or else `(s|t)ion`,
 *
 * each applied to the output of the previous one when the remaining stem has m > 1. So ROUGE
 * removes two suffixes from some words where the paper removes one: `departmental -> depart`
 * (paper: `department`), `occasional -> occas` (paper: `occasion`). This file reproduces that,
 * because matching ROUGE-1.5.5 scores is the point.
 *
 * The measure `m` and the vowel tests use ROUGE's regular expressions verbatim (a `y` is a vowel
 * after a consonant; an initial `y` is a consonant).
 *
 * Two things ROUGE does around this function live in the tokenizer, not here: it stems only
 * tokens longer than 3 characters, and it first looks the token up in a WordNet 2.0 exception
 * table (see `rougeStem` in `tokenize.ts`).
 */

const CONSONANT = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONSONANT_SEQ = `${CONSONANT}[^aeiouy]*`;
const VOWEL_SEQ = `${VOWEL}[aeiou]*`;

/** [C]VC... : m > 0 */
const M_GT_0 = new RegExp(`^(${CONSONANT_SEQ})?${VOWEL_SEQ}${CONSONANT_SEQ}`);
/** [C]VC[V] : m = 1 */
const M_EQ_1 = new RegExp(`^(${CONSONANT_SEQ})?${VOWEL_SEQ}${CONSONANT_SEQ}(${VOWEL_SEQ})?$`);
/** [C]VCVC... : m > 1 */
const M_GT_1 = new RegExp(`^(${CONSONANT_SEQ})?${VOWEL_SEQ}${CONSONANT_SEQ}${VOWEL_SEQ}${CONSONANT_SEQ}`);
/** The stem contains a vowel. */
const HAS_VOWEL = new RegExp(`^(${CONSONANT_SEQ})?${VOWEL}`);
/** The whole stem is consonant-sequence, vowel, consonant other than w, x or y (ROUGE's `*o`). */
const SHORT_CVC = new RegExp(`^${CONSONANT_SEQ}${VOWEL}[^aeiouwxy]$`);

const STEP2_SUFFIXES = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP2_REPLACEMENTS: Readonly<Record<string, string>> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};

const STEP3_SUFFIXES = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP3_REPLACEMENTS: Readonly<Record<string, string>> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const STEP4_SUFFIXES = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Replaces `suffixPattern`'s match with `replacement` when the stem before it matches `condition`. */
function replaceSuffixIf(word: string, suffixPattern: RegExp, condition: RegExp, replacement: (suffix: string) => string): string {
  const match = suffixPattern.exec(word);
  if (match === null) return word;
  const stem = word.slice(0, match.index);
  return condition.test(stem) ? stem + replacement(match[1] ?? match[0]) : word;
}

function step1ab(word: string): string {
  let w = word;
  // Step 1a
  let match = /(ss|i)es$/.exec(w);
  if (match !== null) {
    w = w.slice(0, match.index) + (match[1] ?? '');
  } else if ((match = /([^s])s$/.exec(w)) !== null) {
    w = w.slice(0, match.index) + (match[1] ?? '');
  }
  // Step 1b
  if ((match = /eed$/.exec(w)) !== null) {
    if (M_GT_0.test(w.slice(0, match.index))) w = w.slice(0, -1);
  } else if ((match = /(ed|ing)$/.exec(w)) !== null) {
    const stem = w.slice(0, match.index);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (SHORT_CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if (w.endsWith('y') && HAS_VOWEL.test(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  return w;
}

function step4(word: string): string {
  let w = replaceSuffixIf(word, STEP4_SUFFIXES, M_GT_1, () => '');
  // ROUGE-1.5.5 (CYL 2004) checks -ment and -ent again on the result of the line above.
  w = replaceSuffixIf(w, /ment$/, M_GT_1, () => '');
  if (/ent$/.test(w)) return replaceSuffixIf(w, /ent$/, M_GT_1, () => '');
  // (s|t)ion: the s or t stays, only "ion" goes.
  return replaceSuffixIf(w, /(?<=[st])ion$/, M_GT_1, () => '');
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (M_GT_1.test(stem) || (M_EQ_1.test(stem) && !SHORT_CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && M_GT_1.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Stems one lower-case word with ROUGE-1.5.5's Porter stemmer (see the file comment for how it
 * differs from the 1980 paper). Words shorter than 3 characters are returned unchanged, as in
 * the Perl code. This function does not apply ROUGE's "only tokens longer than 3 characters"
 * rule: use `rougeStem` for that.
 *
 * @param word a lower-case token (`[a-z0-9]+` in ROUGE; other characters are left alone)
 * @returns the stem
 * @example porterStem('generalizations') // 'gener'
 */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  // An initial y is a consonant: map it to Y so the patterns never treat it as a vowel.
  const initialY = word.startsWith('y');
  let w = initialY ? `Y${word.slice(1)}` : word;
  w = step1ab(w);
  w = replaceSuffixIf(w, STEP2_SUFFIXES, M_GT_0, (s) => STEP2_REPLACEMENTS[s] ?? s);
  w = replaceSuffixIf(w, STEP3_SUFFIXES, M_GT_0, (s) => STEP3_REPLACEMENTS[s] ?? s);
  w = step4(w);
  w = step5(w);
  return initialY ? `${w.charAt(0).toLowerCase()}${w.slice(1)}` : w;
}
