import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PieceCounter } from './piece-counter.js';

// The form PieceCounter replaced (fields written per character, `\s` and `\p{L}` by regex on
// each non-ASCII character, a new object per call), kept as the reference; and whether the
// piece holds white space that `\s` and run-ons.ts's word count (ASCII white space, NBSP,
// NEL, U+2028, U+2029) disagree on.
const SPACE = /\s/;
const LETTER = /\p{L}/u;
class ReferenceCounter {
  private at = 0;
  private words = 0;
  private letter = false;
  private inWord = false;
  private straightQuotes = 0;
  private curlyDepth = 0;
  private mixed = false;
  constructor(private readonly s: string) {}
  reset(at: number): void {
    this.mixed = false;
    this.at = at;
    this.words = 0;
    this.letter = false;
    this.inWord = false;
    this.straightQuotes = 0;
    this.curlyDepth = 0;
  }
  upTo(to: number): { words: number; letter: boolean; inQuote: boolean; mixedSpaces: boolean } {
    for (; this.at < to; this.at++) {
      const code = this.s.charCodeAt(this.at);
      const space = code === 32 || (code < 128 ? code >= 9 && code <= 13 : SPACE.test(this.s[this.at]!));
      const runOnSpace = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x85;
      if (space !== runOnSpace) this.mixed = true;
      if (!space && !this.inWord) this.words++;
      this.inWord = !space;
      if (!this.letter && (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : LETTER.test(this.s[this.at]!))) this.letter = true;
      if (code === 34) this.straightQuotes++;
      else if (code === 0x201c) this.curlyDepth++;
      else if (code === 0x201d) this.curlyDepth = Math.max(0, this.curlyDepth - 1);
    }
    return { words: this.words, letter: this.letter, inQuote: this.straightQuotes % 2 === 1 || this.curlyDepth > 0, mixedSpaces: this.mixed };
  }
}

const PIECES = [
  'a',
  'Z',
  '1',
  '.',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u2028',
  '\u1680',
  '"',
  '“',
  '”',
  'é',
  'ß',
  '日',
  '😀',
  '\ud800',
  '’',
  '-',
];

// ASCII text is read from a byte copy: text of ASCII pieces only
const ascii = fc.array(fc.constantFrom(...PIECES.filter((p) => /^[\x00-\x7f]+$/.test(p))), { maxLength: 60 }).map((p) => p.join(''));

describe('PieceCounter', () => {
  it('counts words, letters and open quotes as the reference does, over resets and calls that go back', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
    const steps = fc.array(fc.tuple(fc.boolean(), fc.nat(200)), { maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(text, ascii, fc.string({ unit: 'binary' })), steps, (s, calls) => {
        const counter = new PieceCounter(s);
        const reference = new ReferenceCounter(s);
        counter.reset(0);
        reference.reset(0);
        for (const [reset, at] of calls) {
          const to = at % (s.length + 1);
          if (reset) {
            counter.reset(to);
            reference.reset(to);
            continue;
          }
          const got = counter.upTo(to);
          expect({ words: got.words, letter: got.letter, inQuote: got.inQuote, mixedSpaces: got.mixedSpaces }).toEqual(reference.upTo(to));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('counts as the reference when counters of two ASCII blocks take turns (one byte copy between them)', () => {
    fc.assert(
      fc.property(ascii, ascii, fc.array(fc.nat(120), { maxLength: 12 }), (s, t, stops) => {
        const counters = [new PieceCounter(s), new PieceCounter(t)];
        const references = [new ReferenceCounter(s), new ReferenceCounter(t)];
        for (const c of [...counters, ...references]) c.reset(0);
        stops.forEach((stop, i) => {
          const k = i % 2;
          const to = Math.min(stop, k === 0 ? s.length : t.length);
          const got = counters[k]!.upTo(to);
          expect({ words: got.words, letter: got.letter, inQuote: got.inQuote, mixedSpaces: got.mixedSpaces }).toEqual(references[k]!.upTo(to));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the words of a quoted sentence', () => {
    const s = '“We won,” she said. Then';
    const counter = new PieceCounter(s);
    counter.reset(0);
    expect(counter.upTo(8).inQuote).toBe(true);
    const piece = counter.upTo(s.indexOf('.'));
    expect([piece.words, piece.letter, piece.inQuote]).toEqual([4, true, false]);
  });
});
