import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearlyEnglish, FAST_ENGLISH_SHARE, forEachWord, hasLetters } from './language.js';

// The regex forms the one-pass scans replace (they listed every letter and word of the sample).
function clearlyEnglishByRegex(sample: string): boolean {
  const FUNCTION_WORDS = 'the and of that with for this to are from have has which by were been their they would will it be as she his'.split(' ');
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return false;
  const hits = words.filter((w) => FUNCTION_WORDS.includes(w)).length;
  const ascii = words.filter((w) => /^[a-z]+$/.test(w)).length;
  return hits >= FAST_ENGLISH_SHARE * words.length && ascii >= 0.9 * words.length;
}
const hasLettersByRegex = (s: string): boolean => (s.match(/\p{L}/gu)?.length ?? 0) >= 20 && new Set(s.toLowerCase().match(/\p{L}/gu)).size >= 4;

const piece = fc.constantFrom(
  'the',
  'The',
  'THE',
  'and',
  'of',
  'which',
  'Their',
  'river',
  'council',
  'a',
  'aaaa',
  'Über',
  'naïve',
  'café',
  'мир',
  'Москва',
  '中文',
  'ひらがな',
  '😀',
  '𝒜lpha',
  'x2',
  '3',
  '—',
  '-',
  "'s",
  '.',
  ',',
  ' ',
  ' ',
  '\n',
  '# ',
  'İstanbul',
  'ǅ',
);
const text = fc.array(piece, { maxLength: 160 }).map((parts) => parts.join(''));
const short = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const spaced = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(' '));

describe('language detection scans (one pass over the sample)', () => {
  it('clearlyEnglish decides as the regex form on any mix of scripts, cases and symbols', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), (s) => {
        expect(clearlyEnglish(s)).toBe(clearlyEnglishByRegex(s));
      }),
      { numRuns: 500 },
    );
  });

  it('the word scan finds the words /\\p{L}+/gu finds, surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
        const words: string[] = [];
        forEachWord(s, (start, end) => words.push(s.slice(start, end)));
        expect(words).toEqual(s.match(/\p{L}+/gu) ?? []);
      }),
      { numRuns: 500 },
    );
  });

  it('the letter checks decide as the regex form (20 letters, 4 different ones, case-folded)', () => {
    fc.assert(
      fc.property(fc.oneof(text, short, spaced, fc.string()), (s) => {
        expect(hasLetters(s, 20, 4)).toBe(hasLettersByRegex(s));
      }),
      { numRuns: 500 },
    );
  });

  it('an English paragraph is clearly English and a German one is not', () => {
    const en = 'The council said that the new bridge would open in May, and that the work on the old one has been stopped by the rain. '.repeat(3);
    const de = 'Der Rat sagte, dass die neue Brücke im Mai eröffnet wird und dass die Arbeiten an der alten wegen des Regens gestoppt wurden. '.repeat(3);
    expect([clearlyEnglish(en), clearlyEnglish(de)]).toEqual([true, false]);
  });
});
