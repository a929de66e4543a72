import { CHAR_CLASS, isMixedSpaceCode, isSpaceCode, LETTER_BIT, MIXED_SPACE_BIT, QUOTE_BIT, SPACE_BIT } from './word-counts.js';

const LETTER = /\p{L}/u;
const encoder = new TextEncoder();

/** An ASCII block's codes, copied by the engine (`encodeInto`), for the counter that copied them last. */
let shared = new Uint8Array(1024);
let sharedOwner: PieceCounter | undefined;

/**
 * Words and letters of the current piece of a block, counted incrementally (linear on any
 * input): `upTo(to)` reads on from where the last call stopped. The loop keeps its state in
 * locals and stores it once per call (fields written per character cost about twice as much).
 * A code below 256 is read from the class table of word-counts.ts (white space as `\s`, letter as
 * `\p{L}`, straight quote, mixed white space), and adds to the counts without a branch; others
 * are tested one by one. block-sentences.ts takes a sentence's word count from here.
 * An ASCII block is read from a byte copy (the engine copies it; indexing bytes is about twice
 * as fast as `charCodeAt` on DUC 2004 text), other blocks code unit by code unit.
 */
export class PieceCounter {
  private at = 0;
  private count = 0;
  private hasLetter = false;
  private inWord = false;
  private straightQuotes = 0;
  private curlyDepth = 0;
  private mixed = false;
  /** Whether `s` is ASCII: undefined until the first read copies it. */
  private ascii: boolean | undefined;
  constructor(private readonly s: string) {}

  /** The byte copy of an ASCII `s` (made again when another counter took the buffer), else undefined. */
  private asciiCodes(): Uint8Array | undefined {
    if (this.ascii === false) return undefined;
    if (sharedOwner !== this) {
      const n = this.s.length;
      if (shared.length < n) shared = new Uint8Array(2 * n);
      const { read, written } = encoder.encodeInto(this.s, shared);
      this.ascii = read === n && written === n;
      sharedOwner = this;
    }
    return this.ascii ? shared : undefined;
  }

  reset(at: number): void {
    this.at = at;
    this.count = 0;
    this.hasLetter = false;
    this.inWord = false;
    this.straightQuotes = 0;
    this.curlyDepth = 0;
    this.mixed = false;
  }

  /** Reads s[.., to): afterwards `words`, `letter` and `inQuote` describe s[pieceStart, to). */
  upTo(to: number): this {
    if (to <= this.at) return this;
    const codes = this.asciiCodes();
    if (codes !== undefined) return this.readAscii(codes, to);
    const s = this.s;
    let { count, hasLetter, straightQuotes, curlyDepth, mixed } = this;
    let before = this.inWord ? 0 : 1; // white space (or the piece start) before
    let bits = 0; // the class bits seen
    let at = this.at;
    for (; at < to; at++) {
      const code = s.charCodeAt(at);
      let space: number;
      if (code < 256) {
        const k = CHAR_CLASS[code]!;
        space = k & SPACE_BIT;
        bits |= k;
        straightQuotes += (k & QUOTE_BIT) >> 3; // QUOTE_BIT is bit 3
      } else {
        space = isSpaceCode(code) ? 1 : 0;
        if (space === 1 && isMixedSpaceCode(code)) mixed = true;
        if (!hasLetter && (bits & LETTER_BIT) === 0 && LETTER.test(s[at]!)) hasLetter = true;
        if (code === 0x201c) curlyDepth++;
        else if (code === 0x201d && curlyDepth > 0) curlyDepth--;
      }
      count += before & (space ^ 1);
      before = space;
    }
    if (at > this.at) {
      this.at = at;
      this.count = count;
      this.hasLetter = hasLetter || (bits & LETTER_BIT) !== 0;
      this.inWord = before === 0;
      this.straightQuotes = straightQuotes;
      this.curlyDepth = curlyDepth;
      this.mixed = mixed || (bits & MIXED_SPACE_BIT) !== 0;
    }
    return this;
  }

  /** `upTo` on ASCII bytes: every code is in the class table, and none is mixed white space or a curly quote. */
  private readAscii(codes: Uint8Array, to: number): this {
    let { count, straightQuotes } = this;
    let before = this.inWord ? 0 : 1;
    let bits = 0;
    for (let at = this.at; at < to; at++) {
      const k = CHAR_CLASS[codes[at]!]!;
      const space = k & SPACE_BIT;
      bits |= k;
      straightQuotes += (k & QUOTE_BIT) >> 3; // QUOTE_BIT is bit 3
      count += before & (space ^ 1);
      before = space;
    }
    this.at = to;
    this.count = count;
    this.hasLetter ||= (bits & LETTER_BIT) !== 0;
    this.inWord = before === 0;
    this.straightQuotes = straightQuotes;
    return this;
  }

  /** Words of the piece read so far. */
  get words(): number {
    return this.count;
  }

  /**
   * Whether it holds white space that run-ons.ts counts words by differently (NEL; `\s` above
   * 255 but U+2028 and U+2029): only without it is `words` also its run-on word count.
   */
  get mixedSpaces(): boolean {
    return this.mixed;
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
