import { splitDocuments } from '@vecsum/embeddings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOf, fitRanked, resolveBudget, sentenceCosts, summaryCost, truncateText, utf8Length } from './budget.js';
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
  it('names the number it refuses as written: 1e400 in JSON is Infinity, not "null"', () => {
    expect(() => resolveBudget(JSON.parse('{"sentences": 1e400}') as { sentences: number }, 5)).toThrow(
      'budget sentences must be a finite number, got Infinity',
    );
    expect(() => resolveBudget({ words: Number.NaN }, 5)).toThrow('got NaN');
    expect(() => resolveBudget(JSON.parse('{"words": null}') as { words: number }, 5)).toThrow('got null');
  });

  it('turns a ratio into a sentence count, at least one', () => {
    expect(resolveBudget({ ratio: 0.25 }, 20)).toEqual({ unit: 'sentences', limit: 5 });
    expect(resolveBudget({ ratio: 0.01 }, 20)).toEqual({ unit: 'sentences', limit: 1 });
    expect(resolveBudget({ ratio: 1 }, 7)).toEqual({ unit: 'sentences', limit: 7 });
  });

  it('rejects budgets <= 0, fractions, ratios outside (0, 1] and mixed kinds with INVALID_BUDGET', () => {
    for (const b of [
      { words: 0 },
      { words: -3 },
      { sentences: 2.5 },
      { ratio: 0 },
      { ratio: 1.5 },
      { bytes: Number.NaN },
      { words: 10, bytes: 5 },
      {},
      { pages: 3 },
    ]) {
      expect(codeOf(() => resolveBudget(b as never, 10))).toBe('INVALID_BUDGET');
    }
  });
});

describe('costs and truncation', () => {
  it("a sentence's cost is costOf its text in every unit: the splitter's word count is costOf's", () => {
    const word = fc.constantFrom('river', 'Ünïcode', '—', 'e.g.', '3.5', "don't", 'U.S.', '...', '日本語');
    const space = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2003', '. ', '! ');
    const text = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 60 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (documents) => {
        const sentences = splitDocuments(documents);
        for (const unit of ['words', 'sentences', 'chars', 'bytes'] as const) {
          expect(sentenceCosts(sentences, unit)).toEqual(sentences.map((s) => costOf(s.text, unit)));
        }
      }),
    );
  });

  it('counts words, UTF-16 chars and UTF-8 bytes', () => {
    expect(costOf('  The river  returns. ', 'words')).toBe(3);
    expect(costOf(' well-known  firm\tpays\n', 'words')).toBe(3);
    expect(costOf('', 'words')).toBe(0);
    expect(costOf('café', 'chars')).toBe(4);
    expect(costOf('café', 'bytes')).toBe(5);
    expect(summaryCost(['ab', 'cd'], 'chars')).toBe(5); // newline between sentences counts
    expect(summaryCost(['ab', 'cd'], 'words')).toBe(2);
  });

  it('counts UTF-8 bytes as TextEncoder writes them, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const any = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(fc.property(any, (s) => utf8Length(s) === encoder.encode(s).length));
    expect(utf8Length('a\u00e9\u20ac\u{1F600}')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800x\udc00')).toBe(3 + 1 + 3); // each lone surrogate is written as U+FFFD
  });

  it("counts a sentence's words as the splitter does (Sentence.words, used by eligibility and explanations)", () => {
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('. ', '\n\n', ' \u00a0', '\t', 'Dr. Who? ', '\u2028')), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (parts) => {
        for (const s of splitDocuments([parts.join('')])) expect(costOf(s.text, 'words')).toBe(s.words);
      }),
    );
  });

  it('never returns more than the limit, and never splits a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('words', 'chars', 'bytes' as const),
        (text, limit, unit) => {
          const cut = truncateText(text, unit, limit);
          expect(costOf(cut, unit)).toBeLessThanOrEqual(Math.max(limit, 0));
          expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
          if (costOf(text, unit) <= limit) expect(cut).toBe(text);
        },
      ),
    );
  });

  it('cuts words at word boundaries', () => {
    expect(truncateText('one two three four', 'words', 2)).toBe('one two');
    expect(truncateText('héllo wörld', 'bytes', 6)).toBe('héllo');
  });
});

const ranked = ['one two three four', 'five six', 'seven eight nine'];

describe('fitRanked', () => {
  it('takes the first k sentences of a sentence budget', () => {
    expect(fitRanked(ranked, { sentences: 2 })).toEqual(['one two three four', 'five six']);
    expect(fitRanked(ranked, { sentences: 9 })).toEqual(ranked);
  });

  it('stops at the first sentence over a word budget and cuts it to fill the budget', () => {
    expect(fitRanked(ranked, { words: 7 })).toEqual(['one two three four', 'five six', 'seven']);
    expect(fitRanked(ranked, { words: 6 })).toEqual(['one two three four', 'five six']);
    expect(fitRanked(ranked, { words: 2 })).toEqual(['one two']);
    expect(fitRanked(['', '  ', 'a b'], { words: 5 })).toEqual(['a b']);
  });

  it('returns document order when given the positions of the ranked sentences', () => {
    expect(fitRanked(ranked, { words: 7 }, [5, 1, 3])).toEqual(['five six', 'seven', 'one two three four']);
    expect(fitRanked(ranked, { sentences: 2 }, [2, 0, 1])).toEqual(['five six', 'one two three four']);
  });

  it('counts characters and bytes with one per line break', () => {
    expect(fitRanked(['abcd', 'efgh'], { chars: 7 })).toEqual(['abcd', 'ef']);
    expect(fitRanked(['é', 'é'], { bytes: 4 })).toEqual(['é']);
    expect(fitRanked(['éé'], { bytes: 3 })).toEqual(['é']);
    expect(fitRanked(['ab😀'], { chars: 3 })).toEqual(['ab']); // never half a surrogate pair
  });

  it('fills a word, char or byte budget: whole sentences in rank order, then one cut, never over', () => {
    const sentence = fc.string({ unit: 'grapheme', maxLength: 40 });
    const budget = fc.oneof(
      fc.record({ words: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ chars: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ bytes: fc.integer({ min: 1, max: 120 }) }),
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), budget, (texts, b) => {
        const unit = Object.keys(b)[0] as 'words' | 'chars' | 'bytes';
        const limit = Object.values(b)[0]!;
        const out = fitRanked(texts, b);
        expect(summaryCost(out, unit)).toBeLessThanOrEqual(limit);
        const whole = texts.map((x) => x.trim()).filter((x) => x !== '');
        // all but the last are the first non-blank sentences, whole; the last is one of them or a cut of the next
        out.slice(0, -1).forEach((x, k) => expect(x).toBe(whole[k]));
        const last = out[out.length - 1];
        const next = whole[out.length - 1]!;
        if (last !== undefined && unit === 'words') expect(next.split(/\s+/).slice(0, costOf(last, 'words')).join(' ')).toBe(last.split(/\s+/).join(' '));
        if (last !== undefined && unit !== 'words') expect(next.startsWith(last)).toBe(true);
        // it stops only when the next sentence (whole) would not fit
        if (out.length < whole.length && out.every((x, k) => x === whole[k])) {
          expect(summaryCost([...out, whole[out.length]!], unit)).toBeGreaterThan(limit);
        }
      }),
    );
  });

  it('takes a share of the sentences for a ratio (at least one)', () => {
    expect(fitRanked(ranked, { ratio: 0.5 })).toEqual(['one two three four', 'five six']);
    expect(fitRanked(ranked, { ratio: 0.01 })).toEqual(['one two three four']);
  });
});
