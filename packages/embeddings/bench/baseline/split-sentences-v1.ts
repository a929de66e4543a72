/**
 * The splitter as it was before issue 16 (compromise internals plus news rules), kept ONLY as the
 * baseline of bench/segment.bench.ts and scripts/compare-segmenters.ts. Not part of the package.
 */
import nlp from 'compromise/one';
import { EmbeddingError } from '../../src/errors.js';
import type { Sentence } from '../../src/types.js';

/**
 * Sentence segmentation with offsets.
 *
 * Everything works on offsets into the original text (nothing is normalised), so
 * `text.slice(start, end) === sentence.text` always holds:
 * 1. Lines are grouped into blocks; a sentence never crosses a block boundary. A blank
 *    line, a bullet item and a line break after a heading-like line always end a block; a
 *    Markdown heading ("## Results", marker left out) is a block and a sentence of its own.
 *    Any other line break ends one too, unless the next line starts with a lower-case
 *    letter (a wrapped sentence) or the line ends with a title ("Dr."). One sentence per
 *    line is what BBC paragraphs, lists and review lines (Opinosis) need.
 * 2. Each block goes through compromise's sentence splitter only (no tagging, no term
 *    parse: a few ms per 10k words), its line breaks replaced by spaces (same length, so the
 *    offsets hold), with our own abbreviation lists.
 * 3. The chunks are cut where compromise keeps sentences together that news text needs
 *    apart: after a closing quote (`...hurt." Barnett said`), before an opening quote after
 *    a sentence end (`harm. "He`), after an abbreviation/initial followed by a sentence
 *    opener (`Apple Inc. The`, `Plan B. It`) and at periods glued to the next sentence
 *    (`in 1993.Mrs`).
 * 4. An everyday word used as an abbreviation ("No.", "p.", "al.") is merged with what
 *    follows when that is a number or a lower-case word ("No. 10", "et al. found").
 * 5. Pieces are trimmed of surrounding whitespace; a piece without a letter, digit or
 *    symbol ("***") is not a sentence.
 * 6. Headings are marked (`Sentence.heading`): Markdown headings and label lines ("Key
 *    points:") anywhere, the title block at the top of a document (titleLines), and section
 *    headings: a heading-like line after a blank line, with prose (not another such line)
 *    before and after it.
 */

/** Options of {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Written to every sentence's `docIndex`; default 0. */
  docIndex?: number;
  /** `index` of the first sentence; default 0. */
  firstIndex?: number;
}

// ---------------------------------------------------------------------------------------
// abbreviations

const toRecord = (words: readonly string[]): Readonly<Record<string, boolean>> => Object.fromEntries(words.map((w) => [w, true]));

/** Titles: followed by a name ("Dr. Smith", "St. Andrews", "Smith vs. Jones"). */
const TITLE_WORDS = [
  'mr',
  'mrs',
  'ms',
  'mx',
  'messrs',
  'mme',
  'mlle',
  'dr',
  'prof',
  'rev',
  'revd',
  'hon',
  'st',
  'mt',
  'ft',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'maj',
  'adm',
  'cmdr',
  'comdr',
  'brig',
  'det',
  'insp',
  'supt',
  'pres',
  'fr',
  'vs',
  'atty',
  'asst',
];
const TITLES = toRecord(TITLE_WORDS);

/**
 * Abbreviations that rarely end a sentence: compromise never splits after them, and we cut
 * only when a typical sentence opener follows ("...Apple Inc. The company"). Deliberately
 * not compromise's own list, which also blocks everyday words ("no", "min", "est", "ad",
 * "vet", "al") that often do end sentences.
 */
const NON_FINAL = toRecord([
  ...TITLE_WORDS,
  'jr',
  'sr',
  'esq',
  'phd',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'plc',
  'llc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ave',
  'blvd',
  'rd',
  'hwy',
  'ariz',
  'calif',
  'colo',
  'conn',
  'fla',
  'kan',
  'kans',
  'minn',
  'neb',
  'nebr',
  'okla',
  'penn',
  'tenn',
  'tex',
  'wis',
  'wisc',
  'wyo',
  'mass',
  'mich',
  'nev',
  'ala',
  'ark',
  'approx',
  'etc',
  'eg',
  'ie',
  'esp',
  'viz',
  'cf',
  'ibid',
  'km',
  'cm',
  'mm',
  'kg',
  'mg',
  'lb',
  'lbs',
  'oz',
  'mph',
  'kmph',
  'hr',
  'hrs',
  'sq',
  'yds',
]);

/**
 * Everyday words that are abbreviations before a number or a lower-case word ("No. 10",
 * "p. 5", "et al. found"): compromise splits after them as usual; merged back only then.
 */
const WEAK = new Set([
  'no',
  'nos',
  'nr',
  'p',
  'pp',
  'vol',
  'vols',
  'fig',
  'figs',
  'art',
  'ch',
  'sec',
  'ed',
  'eds',
  'est',
  'min',
  'mins',
  'al',
  'op',
  'ref',
  'ext',
  'tel',
  'ex',
  'ad',
  'ca',
  'c',
  'pt',
  'pts',
  'temp',
  'bc',
  'yr',
  'yrs',
  'wk',
  'wks',
]);

/**
 * Capitalised words that open sentences but are not names, so "X. <word>" is a boundary even
 * after an abbreviation, acronym or initial. Common surnames (Still, Little, Young...) are
 * left out on purpose.
 */
const OPENERS = [
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'Their',
  'His',
  'Her',
  'Its',
  'Our',
  'My',
  'Your',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Or',
  'So',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'As',
  'For',
  'With',
  'However',
  'Meanwhile',
  'Although',
  'Though',
  'Because',
  'Since',
  'Now',
  'Then',
  'Also',
  'Some',
  'Many',
  'Most',
  'Both',
  'Each',
  'Such',
  'What',
  'Why',
  'How',
  'Where',
  'Which',
  'Yes',
  'Not',
  'Under',
  'During',
  'According',
  'Despite',
  'Today',
  'Yesterday',
  'Earlier',
  'Later',
];

// ---------------------------------------------------------------------------------------
// compromise's splitter

type IsSentence = (chunk: string, abbreviations: Readonly<Record<string, boolean>>) => boolean;
interface SplitterWorld {
  methods: { one: { tokenize: { isSentence: IsSentence } } };
  model: { one: { abbreviations: Readonly<Record<string, boolean>> } };
}
type Splitter = (text: string, world: SplitterWorld) => string[];
interface CompromiseTokenizeMethods {
  one?: { tokenize?: { splitSentences?: unknown; isSentence?: unknown } };
}

/** "so was I. " ends a sentence; compromise would read the capital as an initial. */
const PRONOUN_I_END = /(?:^|[\s"“‘'(])I[.!?]+\s*$/;

let splitter: { split: Splitter; world: SplitterWorld } | undefined;

/**
 * compromise's splitter (`methods.one.tokenize.splitSentences`, the first stage of its
 * tokenizer), called with a minimal world that carries our abbreviation list and
 * `isSentence` check instead of the global ones (nothing global is modified).
 */
function getSplitter(): { split: Splitter; world: SplitterWorld } {
  if (splitter !== undefined) return splitter;
  const methods = nlp.methods() as CompromiseTokenizeMethods;
  const split = methods.one?.tokenize?.splitSentences;
  const isSentence = methods.one?.tokenize?.isSentence;
  if (typeof split !== 'function' || typeof isSentence !== 'function') {
    throw new EmbeddingError('MODEL_LOAD_FAILED', `compromise ${nlp.version} has no methods.one.tokenize.splitSentences/isSentence`);
  }
  const base = isSentence as IsSentence;
  const world: SplitterWorld = {
    methods: {
      one: {
        tokenize: {
          isSentence: (chunk, abbr) => PRONOUN_I_END.test(chunk.slice(-32)) || (!((lastWord(chunk) ?? '') in NON_FINAL) && base(chunk, abbr)),
        },
      },
    },
    model: { one: { abbreviations: NON_FINAL } },
  };
  splitter = { split: split as Splitter, world };
  return splitter;
}

// ---------------------------------------------------------------------------------------
// patterns

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const LINE_BREAK_CHAR = /[\n\r\u2028\u2029\u0085]/g;
const LINE_BREAK_CHAR_ONE = /[\n\r\u2028\u2029\u0085]/;
const NON_SPACE = /\S/;
const SPACE = /\s/;
const HAS_CONTENT = /[\p{L}\p{N}\p{So}]/u;
const WORDS = /\S+/g;
/** "- ", "* ", "+ ", "• ", "1. ", "1) ", "(1) " and similar at the start of a line. */
const BULLET = /^[ \t]*(?:[-*+•◦‣▪●–—]|\d{1,3}[.)]|\(\d{1,3}\))[ \t]+(?=\S)/;
/** "# ", "## " ... "###### " at the start of a line (at most 3 spaces before): a Markdown heading. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+(?=\S)/;
/** The optional closing sequence of a Markdown heading: spaces, then hashes, at the end. */
const CLOSING_HASHES = /[ \t]+#+$/;
/** Ends like a sentence: terminal punctuation, optionally closed by quotes/brackets. */
const TERMINAL_END = /[.!?…‼⁇⁈⁉]["'”’»)\]]*\s*$/u;
/** Ends with punctuation that continues a sentence. */
const CONTINUING_END = /[,;:\-–—&/]\s*$/;
/** A line ending in one of these continues on the next line; no heading ends so. */
const FUNCTION_WORD_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|but|that|in|on|at|for|with|by|from|as|is|was|are|were|be|been|has|have|had|will|would|its|their|his|her)\s*$/;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const STARTS_UPPER_OR_DIGIT = /^\s*[\p{Lu}\p{N}]/u;
/** Starts with an all-lower-case word ("said", not "eBay") or a number. */
const STARTS_LOWER_WORD_OR_NUMBER = /^["'“‘([]?(?:\p{Ll}+(?![\p{Lu}\p{N}])|\p{N})/u;
/** A sentence end closed by quotes or brackets before a new sentence: `hurt." Barnett`. */
const CLOSER_BOUNDARY = /([.!?…]+)["'”’»)\]]+(?=\s+["'“‘«([]?[\p{Lu}\p{N}])/gu;
/** A sentence end followed by an opening quote and a capital: `harm. "He`. */
const OPENER_BOUNDARY = /[.!?]+(?=\s+["“‘«]\p{Lu})/gu;
/** A period or question mark glued to the next sentence: `in 1993.Mrs`, `wages?He`. */
const GLUED_BOUNDARY = /[.?](?=\p{Lu}\p{Ll})/gu;
const GLUE_BEFORE = /[\p{L}\p{N}%)]/u;
/** A period before a sentence opener: `Inc. The`, `U.S. It`, `B. It`. */
const OPENER_AFTER_PERIOD = new RegExp(`\\.(?=\\s+["'“‘(]?(?:${OPENERS.join('|')})(?![\\p{L}\\p{N}.\\-]))`, 'gu');
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}.]/u;
const ACRONYM = /^\p{L}(?:\.\p{L})+$/u;
const DIGIT = /\p{N}/u;
/** Most words an attribution after a quoted question or exclamation has ("Tom asked."). */
const MAX_ATTRIBUTION_WORDS = 4;
/** Longest line (words) read as a heading. */
const MAX_HEADING_WORDS = 8;
/** Most heading lines at the top of a document marked as its title block (title, subtitle, byline). */
const MAX_TITLE_LINES = 3;
/** Longest label line ("Key points:") read as a heading (words). */
const MAX_LABEL_WORDS = 4;
/** Longest title line (words). */
const MAX_TITLE_WORDS = 12;
/** Characters compromise splits in one call (see compromiseChunks). */
const SPLIT_WINDOW = 4000;
/** Chunks at the end of a window that are split again with the next window. */
const WINDOW_LOOKAHEAD = 3;
/** Longest word looked at around a period. */
const MAX_WORD = 64;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

// ---------------------------------------------------------------------------------------
// 1. lines to blocks

interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  blank: boolean;
  bullet: boolean;
  /** A Markdown heading ("# Title", "## Results"): its marker is left out, and it is a block of its own. */
  markdownHeading: boolean;
}

interface Block extends Span {
  markdownHeading?: boolean;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const hashes = MARKDOWN_HEADING.exec(raw);
    const marker = hashes ?? BULLET.exec(raw);
    lines.push({
      start: start + (marker === null ? 0 : marker[0].length),
      end,
      blank: !NON_SPACE.test(raw),
      bullet: marker !== null && hashes === null,
      markdownHeading: hashes !== null,
    });
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return lines;
}

/** More than `max` words in s from `from` on (stops counting early). */
function hasMoreWords(s: string, from: number, max: number): boolean {
  WORDS.lastIndex = from;
  let n = 0;
  while (WORDS.exec(s) !== null) if (++n > max) return true;
  return false;
}

function wordCount(s: string): number {
  WORDS.lastIndex = 0;
  let n = 0;
  while (WORDS.exec(s) !== null) n++;
  return n;
}

/**
 * True for a sentence that reads as a heading (a short line without final punctuation that
 * does not end in a function word): "City Council Votes to Restore the Millbrook River".
 * The splitter makes such a line its own sentence; selectors use this to tell it from prose.
 */
export function isHeadingLike(text: string): boolean {
  return isHeading(text.trim());
}

/**
 * A short line without final punctuation that does not end in a function word: "Results",
 * "Chapter 2", "Little Britain (BBC Three)". Title lines may be longer (MAX_TITLE_WORDS).
 */
function isHeading(line: string, maxWords = MAX_HEADING_WORDS): boolean {
  return (
    STARTS_UPPER_OR_DIGIT.test(line) && !TERMINAL_END.test(line) && !CONTINUING_END.test(line) && !FUNCTION_WORD_END.test(line) && wordCount(line) <= maxWords
  );
}

/**
 * The lower-cased word before a final period, trailing whitespace allowed: "said Dr. " ->
 * "dr", "the U.S." -> "u.s"; undefined without a final period or when the word is glued to
 * a number ("75mph.").
 */
function lastWord(s: string): string | undefined {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1] ?? '')) end--;
  if (s[end - 1] !== '.') return undefined;
  end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(s[start - 1] ?? '')) start--;
  if (start > 0 && DIGIT.test(s[start - 1] ?? '')) return undefined;
  if (!LETTER.test(s[start] ?? '')) return undefined;
  return s.slice(start, end).toLowerCase();
}

/** Groups lines into blocks that sentences never cross (see the module comment). */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previous = '';
  let previousStartsBlock = false;
  for (const line of readLines(text)) {
    if (line.blank) {
      if (current !== undefined) blocks.push(current);
      current = undefined;
      continue;
    }
    const content = text.slice(line.start, line.end);
    const wrapped = STARTS_LOWER.test(content) && !(previousStartsBlock && isHeading(previous));
    const afterTitle = (lastWord(previous) ?? '') in TITLES;
    if (current !== undefined && !line.bullet && !line.markdownHeading && current.markdownHeading !== true && (wrapped || afterTitle)) {
      current.end = line.end;
      previousStartsBlock = false;
    } else {
      if (current !== undefined) blocks.push(current);
      current = line.markdownHeading ? { start: line.start, end: line.end, markdownHeading: true } : { start: line.start, end: line.end };
      previousStartsBlock = true;
    }
    previous = content;
  }
  if (current !== undefined) blocks.push(current);
  return blocks;
}

// ---------------------------------------------------------------------------------------
// 2-4. sentences of a block

/** compromise's chunks of a block, as spans of the original text. */
function compromiseChunks(text: string, block: Span): Span[] {
  const flat = text.slice(block.start, block.end).replace(LINE_BREAK_CHAR, ' ');
  const spans: Span[] = [];
  let from = 0;
  // compromise merges non-sentence chunks by re-scanning the growing chunk, which is
  // quadratic on long runs without a sentence end ("Mr. Mr. Mr. ..."). It works in windows:
  // all chunks of a window but the last few (whose merges may depend on text further on) are
  // final, and the next window starts where they end. Ordinary text gives the same chunks as
  // one call; a window with no boundary at all is cut at its end.
  while (from < flat.length) {
    let to = Math.min(flat.length, from + SPLIT_WINDOW);
    if (to < flat.length && HIGH_SURROGATE.test(flat[to - 1] ?? '')) to--;
    const chunks = splitChunks(flat, from, to);
    const keep = to === flat.length ? chunks.length : Math.max(1, chunks.length - WINDOW_LOOKAHEAD);
    for (let i = 0; i < keep; i++) {
      const c = chunks[i] as Span;
      spans.push({ start: block.start + c.start, end: block.start + c.end });
    }
    from = (chunks[keep - 1] as Span).end;
  }
  return spans.length === 0 ? [block] : spans;
}

/** compromise's chunks of flat.slice(from, to), as spans of `flat`. */
function splitChunks(flat: string, from: number, to: number): Span[] {
  const { split, world } = getSplitter();
  const piece = flat.slice(from, to);
  const spans: Span[] = [];
  let offset = 0;
  for (const part of split(piece, world)) {
    // compromise's chunks are consecutive pieces of its input; search defensively anyway.
    const at = piece.startsWith(part, offset) ? offset : piece.indexOf(part, offset);
    if (at < 0 || part.length === 0) continue;
    spans.push({ start: from + at, end: from + at + part.length });
    offset = at + part.length;
  }
  // anything compromise did not return (it never happens) stays in the text
  const last = spans[spans.length - 1];
  if (last === undefined) return [{ start: from, end: to }];
  last.end = to;
  return spans;
}

/** The word before the period at `dot` is an abbreviation, an acronym ("U.S.") or an initial. */
function isAbbreviationAt(s: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < MAX_WORD && WORD_CHAR.test(s[i - 1] ?? '')) i--;
  const word = s.slice(i, dot).toLowerCase();
  return word in NON_FINAL || ACRONYM.test(word) || (word.length === 1 && word !== '.');
}

/** The period at `dot` is inside "bbc.co.uk", an e-mail, a URL, or follows "Mrs". */
function isGlueException(s: string, dot: number): boolean {
  let a = dot;
  while (a > 0 && !SPACE.test(s[a - 1] ?? '')) if (dot - --a > MAX_WORD) return true;
  let b = dot + 1;
  while (b < s.length && !SPACE.test(s[b] ?? '')) if (++b - dot > MAX_WORD) return true;
  // decimals ("6.8.The") are no second period
  const token = s
    .slice(a, b)
    .replace(/[.!?,;:"'”’)]+$/, '')
    .replace(/(\d)\.(?=\d)/g, '$1');
  if (/[@/]/.test(token) || token.indexOf('.') !== token.lastIndexOf('.')) return true;
  return isAbbreviationAt(s, dot);
}

/** Absolute positions inside a chunk where a new sentence starts. */
function cutsIn(text: string, chunk: Span): number[] {
  const s = text.slice(chunk.start, chunk.end);
  const cuts: number[] = [];
  CLOSER_BOUNDARY.lastIndex = 0;
  for (let m = CLOSER_BOUNDARY.exec(s); m !== null; m = CLOSER_BOUNDARY.exec(s)) {
    const at = m.index + m[0].length;
    const terminal = m[1] ?? '';
    // '"Why?" Tom asked.' keeps its short attribution; '"Why?" The minister...' is cut.
    const question = !terminal.includes('.') && !terminal.includes('…');
    if (question && !hasMoreWords(s, at, MAX_ATTRIBUTION_WORDS)) continue;
    cuts.push(chunk.start + at);
  }
  OPENER_BOUNDARY.lastIndex = 0;
  for (let m = OPENER_BOUNDARY.exec(s); m !== null; m = OPENER_BOUNDARY.exec(s)) {
    if (m[0] === '.' && isAbbreviationAt(s, m.index)) continue;
    cuts.push(chunk.start + m.index + m[0].length);
  }
  OPENER_AFTER_PERIOD.lastIndex = 0;
  for (let m = OPENER_AFTER_PERIOD.exec(s); m !== null; m = OPENER_AFTER_PERIOD.exec(s)) {
    // Only where compromise held the sentence together for an abbreviation; other joins
    // (a quotation of several sentences, an ellipsis) stay as they are.
    if (s[m.index - 1] !== '.' && isAbbreviationAt(s, m.index)) cuts.push(chunk.start + m.index + 1);
  }
  GLUED_BOUNDARY.lastIndex = 0;
  for (let m = GLUED_BOUNDARY.exec(s); m !== null; m = GLUED_BOUNDARY.exec(s)) {
    if (!GLUE_BEFORE.test(s[m.index - 1] ?? '') || isGlueException(s, m.index)) continue;
    cuts.push(chunk.start + m.index + 1);
  }
  return cuts;
}

function cutSpan(span: Span, cuts: number[]): Span[] {
  if (cuts.length === 0) return [span];
  const out: Span[] = [];
  let start = span.start;
  for (const c of [...new Set(cuts)].sort((x, y) => x - y)) {
    if (c <= start || c >= span.end) continue;
    out.push({ start, end: c });
    start = c;
  }
  out.push({ start, end: span.end });
  return out;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** A Markdown heading's text: trimmed, without the closing hashes of "## Results ##". */
function markdownHeadingSpan(text: string, block: Span): Span {
  const span = trimSpan(text, block);
  const closing = CLOSING_HASHES.exec(text.slice(span.start, span.end));
  return closing === null ? span : { start: span.start, end: span.start + closing.index };
}

/** "No." + "10 Downing St." and "et al." + "found that..." belong together. */
function continuesAfterWeakAbbreviation(text: string, left: Span, right: Span): boolean {
  const word = lastWord(text.slice(left.start, left.end));
  return word !== undefined && WEAK.has(word) && STARTS_LOWER_WORD_OR_NUMBER.test(text.slice(right.start, right.end));
}

function blockSentences(text: string, block: Span): Span[] {
  const out: Span[] = [];
  for (const chunk of compromiseChunks(text, block)) {
    for (const piece of cutSpan(chunk, cutsIn(text, chunk))) {
      const p = trimSpan(text, piece);
      if (p.end <= p.start) continue;
      const last = out[out.length - 1];
      if (last !== undefined && continuesAfterWeakAbbreviation(text, last, p)) last.end = p.end;
      else out.push(p);
    }
  }
  // A piece with no letter, digit or symbol ("***", a lone quote mark) is no sentence of its
  // own: it joins the previous sentence of the block, or is dropped.
  const kept: Span[] = [];
  for (const p of out) {
    const last = kept[kept.length - 1];
    if (HAS_CONTENT.test(text.slice(p.start, p.end))) kept.push(p);
    else if (last !== undefined) last.end = p.end;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------
// public API

function checkIndex(name: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new EmbeddingError('INVALID_ARGUMENT', `${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Splits one text into sentences with character offsets.
 *
 * compromise's rule-based sentence splitter (not its tagger), plus layout and news rules:
 * - a blank line, a bullet item, a heading-like line (short, no final punctuation) and any
 *   line break before a line that does not start with a lower-case letter end a sentence;
 * - quotes stay with their sentence (`"No," he said.`, a quoted question with a short
 *   attribution); a closing quote followed by a capital ends one (`...it." Then`);
 * - abbreviations (Dr., Mr., U.S., e.g., etc., St., Jan. 5, No. 10), decimals (3.5,
 *   $10.9bn), ellipses (... and …) and initials (J. R. R. Tolkien) do not split; `?` and `!`
 *   do; a period glued to a new sentence (`in 1993.Mrs`) does.
 *
 * Bullet markers ("- ", "* ", "• ", "1. ", "1) ", "(1) ") are left out of the sentence: its
 * `start` is the first character after the marker.
 *
 * @param text Any text; `\n`, `\r\n` and `\r` line endings.
 * @returns Sentences in text order, non-overlapping, each `text.slice(start, end)` without
 *   surrounding whitespace. Empty or whitespace-only text gives `[]`; so does text with no
 *   letter, digit or symbol.
 * @throws EmbeddingError INVALID_ARGUMENT when `text` is not a string or an option is not a
 *   non-negative integer.
 *
 * @example
 * splitSentences('Dr. Smith arrived. "No," he said.').map((s) => s.text);
 * // ['Dr. Smith arrived.', '"No," he said.']
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Sentence[] {
  if (typeof text !== 'string') {
    throw new EmbeddingError('INVALID_ARGUMENT', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const docIndex = checkIndex('docIndex', options.docIndex);
  const firstIndex = checkIndex('firstIndex', options.firstIndex);
  const sentences: Sentence[] = [];
  if (!NON_SPACE.test(text)) return sentences;
  const marked = new Set<number>();
  for (const block of readBlocks(text)) {
    // a Markdown heading is one sentence, whatever its punctuation
    for (const span of block.markdownHeading === true ? [markdownHeadingSpan(text, block)] : blockSentences(text, block)) {
      const sentenceText = text.slice(span.start, span.end);
      if (block.markdownHeading === true) marked.add(sentences.length);
      sentences.push({
        index: firstIndex + sentences.length,
        docIndex,
        text: sentenceText,
        start: span.start,
        end: span.end,
        words: wordCount(sentenceText),
      });
    }
  }
  const title = titleLines(text, sentences);
  for (let i = 0; i < title; i++) marked.add(i);
  const headingLine = (i: number): boolean => {
    const s = sentences[i];
    return s !== undefined && isHeading(s.text) && isWholeLine(text, s);
  };
  sentences.forEach((s, i) => {
    if (isLabel(s.text) && isWholeLine(text, s)) marked.add(i);
    // a section heading: a heading line after a blank line, between prose (not a list item)
    else if (i > 0 && headingLine(i) && blankLineBefore(text, s.start) && !headingLine(i - 1) && i + 1 < sentences.length && !headingLine(i + 1)) marked.add(i);
  });
  return marked.size === 0 ? sentences : sentences.map((s, i) => (marked.has(i) ? { ...s, heading: true } : s));
}

/** The sentence fills its line: only spaces or tabs between it and the line breaks around it. */
function isWholeLine(text: string, s: Sentence): boolean {
  for (let i = s.start - 1; i >= 0 && !LINE_BREAK_CHAR_ONE.test(text[i] as string); i--) if (NON_SPACE.test(text[i] as string)) return false;
  for (let i = s.end; i < text.length && !LINE_BREAK_CHAR_ONE.test(text[i] as string); i++) if (NON_SPACE.test(text[i] as string)) return false;
  return true;
}

/** Only spaces and tabs, a line break, spaces and tabs, and another line break before `at`. */
function blankLineBefore(text: string, at: number): boolean {
  let i = at - 1;
  let breaks = 0;
  while (i >= 0 && breaks < 2) {
    const c = text[i] as string;
    if (c === '\n' || c === '\u2028' || c === '\u2029' || c === '\u0085' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    i--;
  }
  return breaks === 2;
}

/** A label line: "Key points:", "Background:", "What happened:" (up to MAX_LABEL_WORDS words). */
function isLabel(line: string): boolean {
  return STARTS_UPPER_OR_DIGIT.test(line) && line.endsWith(':') && wordCount(line) <= MAX_LABEL_WORDS;
}

/**
 * How many sentences at the top of a document form its title block: up to MAX_TITLE_LINES
 * title lines of their own ("City Council Votes to Restore the Millbrook River", a
 * subtitle, "By Jane Doe"), and only when a sentence that is not one follows (a pile of short
 * unpunctuated lines, such as review snippets, has no title).
 */
function titleLines(text: string, sentences: readonly Sentence[]): number {
  let n = 0;
  while (n < sentences.length && n < MAX_TITLE_LINES) {
    const s = sentences[n] as Sentence;
    if (!isHeading(s.text, MAX_TITLE_WORDS) || !isWholeLine(text, s)) break;
    n++;
  }
  if (n === sentences.length) return 0;
  const next = sentences[n] as Sentence;
  return isHeading(next.text, MAX_TITLE_WORDS) ? 0 : n;
}

/**
 * Splits several documents: `docIndex` is the document's position, `index` runs on across
 * documents (0 .. total-1), offsets are into each sentence's own document.
 *
 * @throws EmbeddingError INVALID_ARGUMENT when `documents` is not an array of strings.
 */
export function splitDocuments(documents: readonly string[]): Sentence[] {
  if (!Array.isArray(documents)) {
    throw new EmbeddingError('INVALID_ARGUMENT', 'documents must be an array of strings');
  }
  const all: Sentence[] = [];
  documents.forEach((doc: unknown, docIndex) => {
    if (typeof doc !== 'string') {
      throw new EmbeddingError('INVALID_ARGUMENT', `documents[${docIndex}] must be a string, got ${doc === null ? 'null' : typeof doc}`);
    }
    for (const s of splitSentences(doc, { docIndex, firstIndex: all.length })) all.push(s);
  });
  return all;
}
