import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { createTokenizer, rougeStem, splitLines, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases and turns every non-alphanumeric character into a separator', () => {
    expect(tokenize('Hello, World! U.S.-based co-op; 3.5%', { stem: false })).toEqual(['hello', 'world', 'u', 's', 'based', 'co', 'op', '3', '5']);
  });

  it("splits contractions where ROUGE does (don't -> don t)", () => {
    expect(tokenize("Don't stop", { stem: false })).toEqual(['don', 't', 'stop']);
  });

  it('drops non-ASCII letters, as ROUGE-1.5.5 does', () => {
    expect(tokenize('Café naïve Zürich', { stem: false })).toEqual(['caf', 'na', 've', 'z', 'rich']);
  });

  it('stems by default, only tokens longer than 3 characters, WordNet exceptions first', () => {
    // "were" is in ROUGE's WordNet table (were -> be); "has" and "its" are too short to look up.
    expect(tokenize('The cats were running; it has ties')).toEqual(['the', 'cat', 'be', 'run', 'it', 'has', 'ti']);
  });

  it('uses the shipped WordNet 2.0 table by default and returns its base forms unstemmed', () => {
    expect(tokenize('The children went, the mice said they were better')).toEqual(['the', 'child', 'go', 'the', 'mouse', 'say', 'thei', 'be', 'well']);
    // A base form is not Porter-stemmed again: Porter alone would give "mous" for "mouse".
    expect(tokenize('mouse mice')).toEqual(['mous', 'mouse']);
  });

  it('falls back to plain Porter with an empty exception table', () => {
    expect(tokenize('The children went, the mice said', { stemExceptions: new Map() })).toEqual(['the', 'children', 'went', 'the', 'mice', 'said']);
  });

  it('keeps numbers as tokens and splits them on punctuation, as ROUGE does', () => {
    expect(tokenize('$3.5 million in 2004-05', { stem: false })).toEqual(['3', '5', 'million', 'in', '2004', '05']);
  });

  it('does not stem when stem is false', () => {
    expect(tokenize('running cats', { stem: false })).toEqual(['running', 'cats']);
  });

  it('removes stop words before stemming when asked', () => {
    expect(tokenize('The cats and the dogs were running', { removeStopwords: true })).toEqual(['cat', 'dog', 'run']);
  });

  it('accepts a custom stop-word list', () => {
    expect(tokenize('alpha beta gamma', { removeStopwords: true, stopwords: new Set(['beta']), stem: false })).toEqual(['alpha', 'gamma']);
  });

  it('ignores the stop-word list unless removeStopwords is set', () => {
    expect(tokenize('the end', { stopwords: new Set(['the']), stem: false })).toEqual(['the', 'end']);
  });

  it('looks tokens up in a stem exception table before Porter', () => {
    const exceptions = new Map([
      ['children', 'child'],
      ['went', 'go'],
    ]);
    expect(tokenize('children went home', { stemExceptions: exceptions })).toEqual(['child', 'go', 'home']);
  });

  it('returns no tokens for text without letters or digits', () => {
    expect(tokenize(' -- ... ')).toEqual([]);
  });
});

describe('rougeStem', () => {
  it('keeps tokens of 3 characters or fewer, which Porter alone would change', () => {
    expect(rougeStem('has')).toBe('has');
    expect(rougeStem('was')).toBe('was');
    expect(rougeStem('ties')).toBe('ti');
  });

  it('looks longer tokens up in the WordNet table before Porter (MorphStem)', () => {
    expect(rougeStem('went')).toBe('go');
    expect(rougeStem('children')).toBe('child');
    expect(rougeStem('running')).toBe('run');
    expect(rougeStem('went', new Map())).toBe('went');
  });
});

describe('createTokenizer', () => {
  it('gives the same tokens on repeated calls (stem cache)', () => {
    const tokenizer = createTokenizer();
    expect(tokenizer('connections connected')).toEqual(['connect', 'connect']);
    expect(tokenizer('connections')).toEqual(['connect']);
  });
});

describe('splitLines', () => {
  it('splits on newlines and drops empty lines only', () => {
    expect(splitLines('a b\n\nc\n  \n')).toEqual(['a b', 'c', '  ']);
  });
});

describe('ENGLISH_STOPWORDS', () => {
  it('is in token form (lower-case alphanumerics)', () => {
    for (const word of ENGLISH_STOPWORDS) expect(word).toMatch(/^[a-z0-9]+$/);
  });
});
