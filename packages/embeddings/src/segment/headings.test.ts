import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, wordCount, wordsBetween } from './headings.js';

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
});
