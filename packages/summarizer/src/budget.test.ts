import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOf, resolveBudget, summaryCost, truncateText } from './budget.js';
import { isSummarizerError } from './errors.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isSummarizerError(e) ? e.code : 'OTHER';
  }
  return undefined;
};

describe('resolveBudget', () => {
  it('turns a ratio into a sentence count, at least one', () => {
    expect(resolveBudget({ ratio: 0.25 }, 20)).toEqual({ unit: 'sentences', limit: 5 });
    expect(resolveBudget({ ratio: 0.01 }, 20)).toEqual({ unit: 'sentences', limit: 1 });
    expect(resolveBudget({ ratio: 1 }, 7)).toEqual({ unit: 'sentences', limit: 7 });
  });

  it('rejects budgets <= 0, fractions, ratios outside (0, 1] and mixed kinds with INVALID_BUDGET', () => {
    for (const b of [{ words: 0 }, { words: -3 }, { sentences: 2.5 }, { ratio: 0 }, { ratio: 1.5 }, { bytes: Number.NaN }, { words: 10, bytes: 5 }, {}, { pages: 3 }]) {
      expect(codeOf(() => resolveBudget(b as never, 10))).toBe('INVALID_BUDGET');
    }
  });
});

describe('costs and truncation', () => {
  it('counts words, UTF-16 chars and UTF-8 bytes', () => {
    expect(costOf('  The river  returns. ', 'words')).toBe(3);
    expect(costOf('café', 'chars')).toBe(4);
    expect(costOf('café', 'bytes')).toBe(5);
    expect(summaryCost(['ab', 'cd'], 'chars')).toBe(5); // newline between sentences counts
    expect(summaryCost(['ab', 'cd'], 'words')).toBe(2);
  });

  it('never returns more than the limit, and never splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('words', 'chars', 'bytes' as const), (text, limit, unit) => {
        const cut = truncateText(text, unit, limit);
        expect(costOf(cut, unit)).toBeLessThanOrEqual(Math.max(limit, 0));
        expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
        if (costOf(text, unit) <= limit) expect(cut).toBe(text);
      }),
    );
  });

  it('cuts words at word boundaries', () => {
    expect(truncateText('one two three four', 'words', 2)).toBe('one two');
    expect(truncateText('héllo wörld', 'bytes', 6)).toBe('héllo');
  });
});
