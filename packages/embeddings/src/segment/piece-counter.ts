import { isSpaceCode } from './headings.js';

const LETTER = /\p{L}/u;

/**
 * Words and letters of the current piece of a block, counted incrementally (linear on any
 * input): `upTo(to)` reads on from where the last call stopped. The loop keeps its state in
 * locals and stores it once per call (fields written per character cost about twice as much),
 * and tests white space by char code (`isSpaceCode`: what `\s` matches).
 */
export class PieceCounter {
  private at = 0;
  private count = 0;
  private hasLetter = false;
  private inWord = false;
  private straightQuotes = 0;
  private curlyDepth = 0;
  constructor(private readonly s: string) {}

  reset(at: number): void {
    this.at = at;
    this.count = 0;
    this.hasLetter = false;
    this.inWord = false;
    this.straightQuotes = 0;
    this.curlyDepth = 0;
  }

  /** Reads s[.., to): afterwards `words`, `letter` and `inQuote` describe s[pieceStart, to). */
  upTo(to: number): this {
    const s = this.s;
    let { count, hasLetter, inWord, straightQuotes, curlyDepth } = this;
    let at = this.at;
    for (; at < to; at++) {
      const code = s.charCodeAt(at);
      const space = code === 32 || (code < 128 ? code >= 9 && code <= 13 : isSpaceCode(code));
      if (!space && !inWord) count++;
      inWord = !space;
      if (!hasLetter && (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : LETTER.test(s[at]!))) hasLetter = true;
      if (code === 34) straightQuotes++;
      else if (code === 0x201c) curlyDepth++;
      else if (code === 0x201d && curlyDepth > 0) curlyDepth--;
    }
    if (at > this.at) {
      this.at = at;
      this.count = count;
      this.hasLetter = hasLetter;
      this.inWord = inWord;
      this.straightQuotes = straightQuotes;
      this.curlyDepth = curlyDepth;
    }
    return this;
  }

  /** Words of the piece read so far. */
  get words(): number {
    return this.count;
  }

  /** Whether a letter occurs in it. */
  get letter(): boolean {
    return this.hasLetter;
  }

  /** Whether a double quotation is open at its end. */
  get inQuote(): boolean {
    return this.straightQuotes % 2 === 1 || this.curlyDepth > 0;
  }
}
