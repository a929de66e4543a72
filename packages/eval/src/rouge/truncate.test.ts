import { describe, expect, it } from 'vitest';
import { isEvalError } from '../errors.js';
import { truncateBytes, truncateBytesForLcs, truncateToLimit, truncateWords } from './truncate.js';

describe('truncateWords', () => {
  it('keeps the first N whitespace-separated words, counted before tokenisation', () => {
    // "well-known" is one word here (two ROUGE tokens later); "--" counts as a word.
    expect(truncateWords('A well-known -- fact is here', 4)).toBe('A well-known -- fact');
  });

  it('keeps whole lines before the cut and drops later lines', () => {
    expect(truncateWords('one two\nthree four five\nsix', 4)).toBe('one two\nthree four');
  });

  it('returns the text unchanged when it is within the limit', () => {
    expect(truncateWords('one two\nthree', 10)).toBe('one two\nthree');
  });

  it('cuts at a line that ends exactly on the limit', () => {
    expect(truncateWords('one two\nthree four\nfive', 4)).toBe('one two\nthree four');
  });

  it("counts the empty field Perl's split gives a line starting with whitespace as a word", () => {
    // split(/\s+/, " one two") is ("", "one", "two"): three words for ROUGE -l.
    expect(truncateWords(' one two\nthree', 3)).toBe(' one two');
    expect(truncateWords(' one two three', 2)).toBe(' one');
  });

  it('rejects a non-positive or fractional limit', () => {
    for (const n of [0, -1, 2.5]) {
      try {
        truncateWords('a b', n);
        expect.unreachable();
      } catch (e) {
        expect(isEvalError(e) && e.code).toBe('INVALID_ARGUMENT');
      }
    }
  });
});

describe('truncateBytes', () => {
  it('keeps the first N bytes, not counting line breaks', () => {
    // "abc" (3) + "defg" (4) = 7 bytes; the limit 6 cuts the second line after "def".
    expect(truncateBytes('abc\ndefg\nhij', 6)).toBe('abc\ndef');
  });

  it('counts UTF-8 bytes and drops a character split by the cut', () => {
    // "é" is 2 bytes: "caf" + half of "é".
    expect(truncateBytes('café au lait', 4)).toBe('caf');
  });

  it('keeps a text shorter than the limit', () => {
    expect(truncateBytes('short', 100)).toBe('short');
  });
});

describe('truncateBytesForLcs', () => {
  it("keeps every line shorter than the limit, as ROUGE-1.5.5's readText_LCS does (its counter never grows)", () => {
    // truncateBytes keeps 6 bytes in all; readText_LCS keeps both 4-byte lines whole.
    expect(truncateBytes('abcd\nefgh\nijklmnop', 6)).toBe('abcd\nef');
    expect(truncateBytesForLcs('abcd\nefgh\nijklmnop', 6)).toBe('abcd\nefgh\nijklmn');
  });

  it('stops at the first line that alone reaches the limit', () => {
    expect(truncateBytesForLcs('abcdef\ngh', 6)).toBe('abcdef');
  });
});

describe('truncateToLimit', () => {
  it('dispatches on the limit kind', () => {
    expect(truncateToLimit('a b c', { words: 2 })).toBe('a b');
    expect(truncateToLimit('a b c', { bytes: 3 })).toBe('a b');
  });

  it('rejects a limit with both words and bytes, as ROUGE-1.5.5 does', () => {
    expect(() => truncateToLimit('a', { words: 1, bytes: 1 } as unknown as { words: number })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
