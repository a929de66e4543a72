import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, SpanWords, wordCount, wordsBetween } from './word-counts.js';

// words, JavaScript white space of every kind, and characters that are not white space (NEL, ZWSP)
const char = fc.constantFrom('a', 'Bc', '.', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u0085', '\u200b', '日');
const text = fc.array(char, { maxLength: 60 }).map((cs) => cs.join(''));

describe('word counting', () => {
  it('isSpaceCode is exactly the \\s of JavaScript regular expressions', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('wordCount counts the runs /\\S+/g matches', () => {
    fc.assert(fc.property(text, (s) => wordCount(s) === (s.match(/\S+/g) ?? []).length));
  });

  it('wordsBetween is the word count of the slice, or stops once it is over the limit', () => {
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(60), fc.nat(12), (s, a, b, limit) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const full = wordCount(s.slice(start, end));
        const counted = wordsBetween(s, start, Math.min(end, s.length), limit);
        return full <= limit ? counted === full : counted === limit + 1;
      }),
    );
  });

  it('SpanWords counts a span under \\s and under the white space of run-ons.ts, as the plain loops did', () => {
    // run-ons.ts's white space before it took counts from SpanWords (NEL is one, U+2003 is not)
    const runOnWords = (s: string): number => {
      let n = 0;
      let inWord = false;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x85;
        if (!space && !inWord) n++;
        inWord = !space;
      }
      return n;
    };
    const counter = new SpanWords();
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 })), fc.nat(60), fc.nat(60), (s, a, b) => {
        const [start, end] = a <= b ? [a, Math.min(b, s.length)] : [b, Math.min(a, s.length)];
        const slice = s.slice(start, end);
        const counted = counter.count(s, start, end);
        expect([counted.words, counted.runOnWords]).toEqual([(slice.match(/\S+/g) ?? []).length, runOnWords(slice)]);
      }),
    );
  });
});
