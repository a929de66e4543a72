import { describe, expect, it } from 'vitest';
import { countWords, enforceBudget, fitRanked } from './budget.js';

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
  });

  it('takes a share of the sentences for a ratio (at least one)', () => {
    expect(fitRanked(ranked, { ratio: 0.5 })).toEqual(['one two three four', 'five six']);
    expect(fitRanked(ranked, { ratio: 0.01 })).toEqual(['one two three four']);
  });
});

describe('enforceBudget', () => {
  it('leaves a summary within budget alone (blank lines and edge spaces dropped)', () => {
    expect(enforceBudget('a b\n\n c d \n', { words: 4 })).toEqual({ text: 'a b\nc d', cut: false });
  });

  it('cuts a summary over budget and says so', () => {
    expect(enforceBudget('a b c\nd e f', { words: 4 })).toEqual({ text: 'a b c\nd', cut: true });
    expect(enforceBudget('s1\ns2\ns3\ns4', { sentences: 3 })).toEqual({ text: 's1\ns2\ns3', cut: true });
    expect(enforceBudget('s1\ns2', { ratio: 0.1 })).toEqual({ text: 's1\ns2', cut: false });
  });

  it('counts words by whitespace, as ROUGE -l does', () => {
    expect(countWords(' well-known  firm\tpays\n')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
