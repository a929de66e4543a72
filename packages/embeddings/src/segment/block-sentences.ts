import type { Block, Span } from './blocks.js';
import { dropGluedFurniture } from './glued-furniture.js';
import { endsSentence, type LeftContext, type RightContext } from './boundary-rules.js';
import { splitLongPiece } from './long-pieces.js';
import { splitRunOn } from './run-ons.js';
import { isSpaceCode, SpanWords, wordsBetween } from './word-counts.js';
import { inlineItems } from './list-markers.js';
import { isAbbreviationToken } from './tokens.js';
import { PieceCounter } from './piece-counter.js';
import { hasContent, nextTerminal, strippedToken, terminalEnd, wordsUntilTerminal, wordTrailStart } from './block-scan.js';

/**
 * The sentences of one block (blocks.ts), as trimmed spans of the text. Line breaks inside a
 * block count as spaces. The scanner finds terminal punctuation (. ! ? … and runs of them,
 * spaced ellipses ". . ."), takes closing quotes, brackets and citation markers ("[1]",
 * "gas.11 12") to the left side, and asks boundary-rules.ts whether a sentence ends there.
 * A period glued to a new sentence ("in 1993.Mrs Smith") ends one too. List items on one line
 * ("1.) first item 2.) second item") are cut before each next marker. Run-on pieces (photo
 * captions glued to a sentence) are cut by run-ons.ts, long pieces without punctuation
 * (transcripts) by long-pieces.ts.
 */

const CLOSERS = `"'”’»)]`;
const QUOTES = `"'”’»`;
const OPENING = `"'“‘«([`;
/** A dash or bullet item after a sentence end ("... evidence. - The government ..."): its mark, then the mark and its spaces. */
const ITEM_MARKS = '-–—•*';
const ITEM_AFTER_END = /^[-–—•*][ \t]+/;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT_OR_CURRENCY = /[\p{N}$£€¥]/u;
const BRACKET_CITATION = /^(?:\[\d{1,3}(?:[,–-]\s?\d{1,3})*\])+/;
const GLUED_CITATION = /^\d{1,3}(?:[, ]\d{1,3})*(?=\s+["'“‘([]?\p{Lu})/u;
const GLUE_BEFORE = /[\p{L}\p{N}%)]/u;
/** Longest token looked at around a period. */
const MAX_TOKEN = 64;
/** Longest rest of a quotation looked at for its attribution (characters). */
const MAX_QUOTATION = 400;
/** Most words counted after a quoted question (attribution check). */
const ATTRIBUTION_LOOKAHEAD = 5;

/** Where the token ending at `end` (exclusive) starts: after white space, at most MAX_TOKEN back. */
function tokenStartBefore(s: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_TOKEN && !isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The open quotation around `at` closes with a comma and an attribution ('"It was late. We
 * were tired," she said', '"... is poverty," Davies said'): its sentences stay one, as the
 * previous splitter kept them (splitting them lowered DUC 2004 ROUGE).
 */
function closesWithAttribution(s: string, at: number): boolean {
  const window = s.slice(at, at + MAX_QUOTATION);
  const close = window.search(/["”]/);
  return close > 0 && window[close - 1] === ',' && /^\s+[\p{L}]/u.test(window.slice(close + 1, close + 8));
}

/** The position after the last non-space character before `at`. */
function skipSpaceBack(s: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < MAX_TOKEN && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The period at `dot` is inside a host name, an e-mail, a URL or follows an abbreviation. */
function isGlueException(s: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && !SPACE.test(s[a - 1]!)) if (dot - --a > MAX_TOKEN) return true;
  let b = dot + 1;
  while (b < s.length && !SPACE.test(s[b]!)) if (++b - dot > MAX_TOKEN) return true;
  // decimals ("6.8.The") are no second period
  const token = s
    .slice(a, b)
    .replace(/[.!?,;:"'”’)]+$/, '')
    .replace(/(\d)\.(?=\d)/g, '$1');
  if (/[@/]/.test(token) || token.indexOf('.') !== token.lastIndexOf('.')) return true;
  return isAbbreviationToken(s.slice(a, dot));
}

/** Right context at `r` (after whitespace), or undefined when no sentence can start there. */
function rightContext(s: string, r: number): RightContext | undefined {
  let i = r;
  // "... evidence. - The government ...": a dash or bullet item after a sentence end
  const item = ITEM_MARKS.includes(s[r]!) ? ITEM_AFTER_END.exec(s.slice(r, r + 4)) : null;
  if (item !== null) i += item[0].length;
  while (i < s.length && OPENING.includes(s[i]!)) i++;
  const c = s[i];
  if (c === undefined) return undefined;
  const starts = UPPER.test(c) ? 'upper' : DIGIT_OR_CURRENCY.test(c) ? 'digit' : undefined;
  if (starts === undefined) return undefined;
  let j = i;
  while (j < s.length && j - i < MAX_TOKEN && !isSpaceCode(s.charCodeAt(j))) j++;
  // j > i: s[i] is a capital or a digit
  return { word: s.slice(i, wordTrailStart(s, i, j)), starts, abbreviated: s.charCodeAt(j - 1) === 0x2e };
}

/**
 * Where new sentences start in block text `s` (relative positions; see the module comment), and
 * the words of each piece between them (the first before `cuts[0]`, the last after the last
 * cut; -1 for a piece with mixed white space, see PieceCounter), unless full-width cuts were
 * added (undefined).
 */
interface BlockCuts {
  readonly cuts: number[];
  readonly words: number[] | undefined;
}

/** Ends the counter's piece at `e`: the cut and the piece's words. */
function endPiece(counter: PieceCounter, e: number, cuts: number[], words: number[]): void {
  counter.upTo(e);
  words.push(counter.mixedSpaces ? -1 : counter.words);
  cuts.push(e);
  counter.reset(e);
}

/** The sentence starts in block text `s` (see the module comment). */
function boundaries(s: string, protectedUntil: number, markers: readonly [number, number][]): BlockCuts {
  const cuts: number[] = [];
  const words: number[] = [];
  const counter = new PieceCounter(s);
  counter.reset(0);
  // (no `some` callback, a closure per call, for the many blocks without inline markers)
  const inMarker = (p: number): boolean => p < protectedUntil || (markers.length > 0 && markers.some(([a, b]) => p >= a && p < b));
  for (let a = nextTerminal(s, 0), b = 0; a >= 0; a = nextTerminal(s, b)) {
    b = terminalEnd(s, a);
    if (inMarker(a)) continue;
    const run = s.slice(a, b);
    let e = b;
    while (e < s.length && CLOSERS.includes(s[e]!)) e++;
    // s[b, e) holds closers only (one code unit each)
    let quoted = false;
    for (let k = b; k < e && !quoted; k++) quoted = QUOTES.includes(s[k]!);
    // both citation forms open with "[" or a digit: the slice and the regex only then
    const first = s.charCodeAt(e);
    const citation =
      (first === 0x5b ? BRACKET_CITATION.exec(s.slice(e, e + 40)) : null) ??
      (run === '.' && e === b && first >= 0x30 && first <= 0x39 && LOWER.test(s[a - 1] ?? '') ? GLUED_CITATION.exec(s.slice(e, e + 40)) : null);
    if (citation !== null) e += citation[0].length;
    let r = e;
    while (r < s.length && isSpaceCode(s.charCodeAt(r))) r++;
    if (r >= s.length) continue;
    if (r === e) {
      const glued = (run === '.' || run === '?' || run === '!') && e === b && UPPER.test(s[e]!) && LOWER.test(s[e + 1] ?? '');
      if (glued && GLUE_BEFORE.test(s[a - 1] ?? '') && !isGlueException(s, a)) endPiece(counter, e, cuts, words);
      continue;
    }
    const right = rightContext(s, r);
    if (right === undefined) continue;
    const piece = counter.upTo(a);
    if (!piece.letter && run === '.') continue; // "1998. That" at the start of a piece
    if (piece.inQuote && !quoted && closesWithAttribution(s, e)) continue;
    const tokenStart = tokenStartBefore(s, a);
    const previousEnd = skipSpaceBack(s, tokenStart);
    const left: LeftContext = {
      run,
      token: strippedToken(s, tokenStart, a),
      previousWord: strippedToken(s, tokenStartBefore(s, previousEnd), previousEnd),
      quoted,
      spacedRun: a > 0 && isSpaceCode(s.charCodeAt(a - 1)),
      wordsBefore: piece.words,
      wordsAfter: quoted ? wordsUntilTerminal(s, r, ATTRIBUTION_LOOKAHEAD) : 0,
    };
    if (cuts.length === 0 && continuesDateline(s, b, r)) continue;
    if (endsSentence(left, right)) endPiece(counter, e, cuts, words);
  }
  counter.upTo(s.length);
  words.push(counter.mixedSpaces ? -1 : counter.words);
  const all = withFullWidthCuts(s, cuts, inMarker);
  return { cuts: all, words: all === cuts ? words : undefined };
}

/** A news dateline that ends in an abbreviated region: "WASHINGTON, D.C.", "ST. LOUIS, Mo.", "KANAZAWA, Ishikawa Pref.". */
const DATELINE_HEAD = /^\s*\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?, (?:[\p{L}.'’-]+ ){0,2}[\p{L}.'’-]+\.$/u;
/** What follows a dateline: a dash, or a wire service in brackets and a dash ("(AP) —"). */
const AFTER_DATELINE = /^(?:[-–—]|\([^()]{1,40}\)\s*[-–—])/;

/**
 * The period at `b` closes a block's opening dateline and a dash goes on with the story
 * ("SALEM, Ore. (AP) — The city ..."): no sentence ends there.
 */
function continuesDateline(s: string, b: number, r: number): boolean {
  return b < 60 && AFTER_DATELINE.test(s.slice(r, r + 48)) && DATELINE_HEAD.test(s.slice(0, b));
}

/** Chinese and Japanese full stops, exclamation and question marks, with any closing brackets or quotes after them. */
const FULL_WIDTH_TERMINAL = /[。！？]+[」』）〕】》"”’)]*/gu;

/**
 * Chinese and Japanese text puts no space after a sentence: a full-width terminal always ends
 * one (unless it closes the block), whatever follows it.
 */
function withFullWidthCuts(s: string, cuts: number[], inMarker: (p: number) => boolean): number[] {
  FULL_WIDTH_TERMINAL.lastIndex = 0;
  let extra: number[] | undefined;
  for (let m = FULL_WIDTH_TERMINAL.exec(s); m !== null; m = FULL_WIDTH_TERMINAL.exec(s)) {
    const e = m.index + m[0].length;
    if (inMarker(m.index) || s.slice(e).trim() === '') continue;
    // 「行こう！」と彼は言った: a quotation followed by the quotative particle goes on
    if (/[」』"”]$/.test(m[0]) && /^[とっ]/.test(s.slice(e))) continue;
    (extra ??= []).push(e);
  }
  if (extra === undefined) return cuts;
  return [...new Set([...cuts, ...extra])].sort((a, b) => a - b);
}

/** The inline items of a block without a list marker: none. */
const NO_MARKERS: readonly [number, number][] = [];
const NO_ITEMS: { readonly starts: readonly number[]; readonly markers: readonly [number, number][] } = { starts: [], markers: NO_MARKERS };

/** A sentence's span with its word count (`wordCount` of its text). */
export interface CountedSpan extends Span {
  words: number;
}

/** The span trimmed, with its words (-1: not known). */
function trimSpan(text: string, start: number, end: number, words: number): CountedSpan {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end, words };
}

/** Counts the words of a sentence whose count the boundary scan did not give, for both white spaces. */
const spanWords = new SpanWords();

/** `span` with its words: `words` (counted already) when it is `counted`, else counted here. */
function withWords(text: string, span: Span, counted: CountedSpan, words: number): CountedSpan {
  if (span === counted) {
    counted.words = words;
    return counted;
  }
  return { start: span.start, end: span.end, words: wordsBetween(text, span.start, span.end, span.end - span.start) };
}

/** The sentences of a (non-heading) block, as trimmed spans of `text` with their word counts. */
export function blockSentences(text: string, block: Block): CountedSpan[] {
  const s = text.slice(block.start, block.end);
  const items = block.marker === undefined ? NO_ITEMS : inlineItems(text, block.marker, block.end);
  const markers = items.markers.length === 0 ? NO_MARKERS : items.markers.map(([a, b]): [number, number] => [a - block.start, b - block.start]);
  const protectedUntil = block.marker === undefined ? 0 : block.marker.end - block.start;
  const found = boundaries(s, protectedUntil, markers);
  // boundaries come in text order: only inline items need a sort (and then the pieces' words are not known)
  const itemless = items.starts.length === 0;
  const cuts = itemless ? found.cuts : [...found.cuts, ...items.starts.map((p) => p - block.start)].sort((x, y) => x - y);
  const pieceWords = itemless ? found.words : undefined;
  const spans: CountedSpan[] = [];
  let start = 0;
  for (let k = 0; k <= cuts.length; k++) {
    const c = k < cuts.length ? cuts[k]! : s.length;
    if (c <= start && c !== s.length) continue;
    // (with pieceWords, the cuts rise strictly and no piece is skipped above: piece k is cuts[k - 1]..cuts[k])
    const span = trimSpan(text, block.start + start, block.start + c, pieceWords === undefined ? -1 : pieceWords[k]!);
    start = c;
    if (span.end <= span.start) continue;
    // a piece with no letter, digit or symbol ("***", a lone quote) joins the previous one or is dropped
    const last = spans[spans.length - 1];
    if (!hasContent(text, span.start, span.end)) {
      if (last !== undefined) {
        last.end = span.end;
        last.words = -1;
      }
      continue;
    }
    spans.push(span);
  }
  // spans without glued furniture, then .flatMap(splitRunOn).flatMap(splitLongPiece), into one array;
  // a span's words serve both splits and the sentence: counted by the boundary scan, or else here
  const out: CountedSpan[] = [];
  for (const whole of spans) {
    const span = dropGluedFurniture(text, whole);
    if (span === undefined) continue;
    let words = whole.words;
    let runOnWords = words;
    if (span !== whole || words < 0) ({ words, runOnWords } = spanWords.count(text, span.start, span.end));
    const parts = splitRunOn(text, span, runOnWords);
    if (parts === undefined) pushPieces(text, span, words, whole, out);
    else for (const part of parts) pushPieces(text, part, part === span ? words : undefined, whole, out);
  }
  return out;
}

/** The pieces of `part` (long-pieces.ts), with their words, onto `out`. */
function pushPieces(text: string, part: Span, partWords: number | undefined, whole: CountedSpan, out: CountedSpan[]): void {
  const pieces = splitLongPiece(text, part, partWords);
  if (pieces === undefined) out.push(withWords(text, part, whole, partWords ?? 0));
  else for (const piece of pieces) out.push(withWords(text, piece, whole, partWords ?? 0));
}
