import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS } from './stopwords.js';
import { createTokenizer, rougeStem, splitLines, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases and turns every non-alphanumeric character into a separator', () => {
    expect(tokenize('Hello, World! U.S.-based co-op; 3.5%', { stem: false })).toEqual([
      'hello', 'world', 'u', 's', 'based', 'co', 'op', '3', '5',
    ]);
  });

  it("splits contractions where ROUGE does (don't -> don t)", () => {
    expect(tokenize("Don't stop", { stem: false })).toEqual(['don', 't', 'stop']);
  });

  it('drops non-ASCII letters, as ROUGE-1.5.5 does', () => {
    expect(tokenize('Café naïve Zürich', { stem: false })).toEqual(['caf', 'na', 've', 'z', 'rich']);
  });

  it('stems by default, only tokens longer than 3 characters', () => {
    expect(tokenize('The cats were running; it has ties')).toEqual(['the', 'cat', 'were', 'run', 'it', 'has', 'ti']);
  });

  it('does not stem when stem is false', () => {
    expect(tokenize('running cats', { stem: false })).toEqual(['running', 'cats']);
  });

  it('removes stop words before stemming when asked', () => {
    expect(tokenize('The cats and the dogs were running', { removeStopwords: true })).toEqual(['cat', 'dog', 'run']);
  });

  it('accepts a custom stop-word list', () => {
    expect(tokenize('alpha beta gamma', { removeStopwords: true, stopwords: new Set(['beta']), stem: false })).toEqual([
      'alpha', 'gamma',
    ]);
  });

  it('ignores the stop-word list unless removeStopwords is set', () => {
    expect(tokenize('the end', { stopwords: new Set(['the']), stem: false })).toEqual(['the', 'end']);
  });

  it('looks tokens up in a stem exception table before Porter', () => {
    const exceptions = new Map([['children', 'child'], ['went', 'go']]);
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
