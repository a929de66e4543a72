import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stemmer.js';

/** Word -> stem pairs from Porter (1980) and the reference implementation's vocabulary. */
const PORTER_PAIRS: readonly (readonly [string, string])[] = [
  // Step 1a
  ['caresses', 'caress'],
  ['ponies', 'poni'],
  ['ties', 'ti'],
  ['caress', 'caress'],
  ['cats', 'cat'],
  // Step 1b
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['plastered', 'plaster'],
  ['bled', 'bled'],
  ['motoring', 'motor'],
  ['sing', 'sing'],
  ['conflated', 'conflat'],
  ['troubled', 'troubl'],
  ['sized', 'size'],
  ['hopping', 'hop'],
  ['tanned', 'tan'],
  ['falling', 'fall'],
  ['hissing', 'hiss'],
  ['fizzed', 'fizz'],
  ['failing', 'fail'],
  ['filing', 'file'],
  // Step 1c
  ['happy', 'happi'],
  ['sky', 'sky'],
  // Steps 2-4 through the whole algorithm
  ['relational', 'relat'],
  ['conditional', 'condit'],
  ['rational', 'ration'],
  ['generalization', 'gener'],
  ['generalizations', 'gener'],
  ['oscillators', 'oscil'],
  ['hopeful', 'hope'],
  ['goodness', 'good'],
  ['triplicate', 'triplic'],
  ['formative', 'form'],
  ['electrical', 'electr'],
  ['adjustment', 'adjust'],
  ['dependent', 'depend'],
  ['adoption', 'adopt'],
  ['replacement', 'replac'],
  ['effective', 'effect'],
  ['connection', 'connect'],
  ['connected', 'connect'],
  ['connecting', 'connect'],
  ['connections', 'connect'],
  // Step 5
  ['probate', 'probat'],
  ['rate', 'rate'],
  ['cease', 'ceas'],
  ['controll', 'control'],
  ['roll', 'roll'],
];

describe('porterStem', () => {
  it.each(PORTER_PAIRS)('stems %s to %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('keeps words shorter than 3 characters', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('as')).toBe('as');
  });

  it('treats an initial y as a consonant and restores it', () => {
    expect(porterStem('yelling')).toBe('yell');
    expect(porterStem('youth')).toBe('youth');
  });

  it('uses the reference implementation departures bli->ble and logi->log', () => {
    expect(porterStem('possibly')).toBe('possibl');
    expect(porterStem('analogies')).toBe('analog');
  });

  // ROUGE-1.5.5's step 4 (CYL 2004) checks -ment, then -ent / -(s|t)ion, again after the first
  // suffix list, so some words lose two suffixes where the 1980 algorithm removes one.
  it('reproduces ROUGE-1.5.5 step 4, which can remove two suffixes', () => {
    expect(porterStem('departmental')).toBe('depart'); // paper: department
    expect(porterStem('governmental')).toBe('govern'); // paper: government
    expect(porterStem('occasional')).toBe('occas'); // paper: occasion
    expect(porterStem('national')).toBe('nation'); // "nat" has m = 1: -ion stays
  });

  it('leaves digits alone and strips a plural s after them', () => {
    expect(porterStem('1990s')).toBe('1990');
    expect(porterStem('2004')).toBe('2004');
  });
});
