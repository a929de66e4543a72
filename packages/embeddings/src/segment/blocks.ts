import { isHeadingLike } from './headings.js';
import { isBulletChar, listMarkerAt, type ListMarker } from './list-markers.js';

/**
 * Lines to blocks. A sentence never crosses a block boundary. Blocks end at:
 * - a blank line; a Markdown heading ("## Results") is a block of its own;
 * - a list item ("- milk", "1.) eggs", "a. apples") starts a block;
 * - any other line break, unless it is a wrap (below), the next line starts with a lower-case
 *   letter (a sentence broken by hand), or the line ends with a title ("Dr.").
 * A wrap is how `fmt`, e-mail and plain-text feeds break prose: in a paragraph (lines between
 * blank lines) of lines no longer than MAX_WRAP_WIDTH, a line is full
 * when the next line's first word would not have fitted on it (length + 1 + word > the
 * paragraph's longest line; at least two full lines in a paragraph). Short lines (poetry, table rows, captions, titles) are not full,
 * so they keep their line breaks.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  /** A Markdown heading: its marker (and closing hashes) are left out of the span. */
  readonly markdownHeading: boolean;
  /** The list marker the block starts with, if it is a list item. */
  readonly marker?: ListMarker;
}

interface Line extends Span {
  /** Offset of the line's first character (before any indentation). */
  readonly lineStart: number;
  readonly blank: boolean;
  readonly markdownHeadingEnd?: number;
  readonly marker?: ListMarker;
}

/** Longest line of a hard-wrapped paragraph (characters). */
const MAX_WRAP_WIDTH = 130;
/** Longest first line of a block that stands alone before a lower-case line ("contact manager"). */
const STANDALONE_WORDS = 2;
/** Shortest wrap width considered. */
const MIN_WRAP_WIDTH = 36;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const NON_SPACE = /\S/;
/** "# ", "## " ... "###### " at the start of a line (at most 3 spaces before): a Markdown heading. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+(?=\S)/;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const FIRST_WORD = /^\s*(\S+)/;
/** Ends with a title abbreviation: "Dr.", "Mr." (the name is on the next line). */
const TITLE_END = /(?:^|[\s("'“‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Mt|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Hon|Fr|Messrs|Jr|Sr|Vs|vs)\.$/;
/** A dash before a lower-case word: "... ($9.7bn)\n- is about" goes on with the sentence. */
const DASH_CONTINUATION = /^[-–—][ \t]+\p{Ll}/u;
const DASH = /[-–—]/;
const ENDS_SENTENCE_OR_LABEL = /[.!?…:]["'”’)\]]*$/u;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const blank = !NON_SPACE.test(raw);
    const hashes = blank ? null : MARKDOWN_HEADING.exec(raw);
    const marker = blank || hashes !== null ? undefined : listMarkerAt(text, start, end);
    // trimEnd drops what /\s+$/ matches (JavaScript's white space and line terminators), scanning from the end
    const contentEnd = start + raw.trimEnd().length;
    lines.push({
      lineStart: start,
      start: start + (raw.length - raw.trimStart().length),
      end: contentEnd,
      blank,
      ...(hashes !== null && { markdownHeadingEnd: start + hashes[0].length }),
      ...(marker !== undefined && { marker }),
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

/** For each line, whether the break after it is a wrap (see the module comment). */
function wrapBreaks(text: string, lines: readonly Line[]): boolean[] {
  const wraps = lines.map(() => false);
  let p = 0;
  while (p < lines.length) {
    if (lines[p]!.blank) {
      p++;
      continue;
    }
    let q = p;
    while (q < lines.length && !lines[q]!.blank) q++;
    markParagraph(text, lines, p, q, wraps);
    p = q;
  }
  return wraps;
}

/** Marks the wraps of the paragraph lines[p..q). */
function markParagraph(text: string, lines: readonly Line[], p: number, q: number, wraps: boolean[]): void {
  let width = 0;
  for (let i = p; i < q; i++) width = Math.max(width, lines[i]!.end - lines[i]!.lineStart);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH || q - p < 2) return;
  let full = 0;
  for (let i = p; i + 1 < q; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const word = FIRST_WORD.exec(text.slice(next.start, Math.min(next.end, next.start + 64)))?.[1] ?? '';
    if (line.end - line.lineStart + 1 + word.length > width) {
      wraps[i] = true;
      full++;
    }
  }
  // verse, tables and title blocks have one longest line, wrapped prose has several full lines
  // (a paragraph of two lines: the first is full and no heading)
  const twoLines = q - p === 2 && !isHeadingLike(text.slice(lines[p]!.start, lines[p]!.end));
  if (full < 2 && !(twoLines && full === 1)) for (let i = p; i < q; i++) wraps[i] = false;
}

/** Groups lines into blocks (see the module comment). */
export function readBlocks(text: string): Block[] {
  const lines = readLines(text);
  const wraps = wrapBreaks(text, lines);
  const blocks: Block[] = [];
  let current: { start: number; end: number; markdownHeading: boolean; marker?: ListMarker; lines: number } | undefined;
  let previous: Line | undefined;
  lines.forEach((line, i) => {
    if (line.blank) {
      if (current !== undefined) blocks.push(current);
      current = undefined;
      previous = undefined;
      return;
    }
    if (
      current !== undefined &&
      previous !== undefined &&
      !current.markdownHeading &&
      line.markdownHeadingEnd === undefined &&
      continues(text, previous, line, wraps[i - 1] === true, current.lines === 1)
    ) {
      current.end = line.end;
      current.lines++;
    } else {
      if (current !== undefined) blocks.push(current);
      const start = line.markdownHeadingEnd ?? line.start;
      current = {
        start,
        end: line.end,
        markdownHeading: line.markdownHeadingEnd !== undefined,
        lines: 1,
        ...(line.marker !== undefined && { marker: line.marker }),
      };
    }
    previous = line;
  });
  if (current !== undefined) blocks.push(current);
  return blocks.map(({ start, end, markdownHeading, marker }) => ({ start, end, markdownHeading, ...(marker !== undefined && { marker }) }));
}

/**
 * A first line that a lower-case line does not continue: a heading-like line of at most
 * STANDALONE_WORDS words ("Results", "contact manager") or in title case ("What Comes Next").
 */
function standsAlone(line: string): boolean {
  if (!isHeadingLike(line) && !/^\p{Ll}[\p{Ll}\s]*$/u.test(line)) return false;
  const words = line.trim().split(/\s+/);
  return words.length <= STANDALONE_WORDS || words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Whether `line` continues the block that `previous` is the last line of. */
function continues(text: string, previous: Line, line: Line, wrap: boolean, previousStartsBlock: boolean): boolean {
  const before = text.slice(previous.start, previous.end);
  if (line.marker !== undefined) {
    // an item, unless the line before is full: "... ($9.7bn)\n- is about", "... ended Sept.\n30. The"
    // (a full line ending a sentence before a bullet, or a label line, still starts a list)
    if (before.endsWith(':') || (!wrap && previous.marker !== undefined)) return false;
    if (isBulletChar(text[line.start]))
      return (wrap ? DASH.test(text[line.start]!) : DASH_CONTINUATION.test(text.slice(line.start, line.start + 8))) && !ENDS_SENTENCE_OR_LABEL.test(before);
    return wrap;
  }
  if (wrap) return true;
  const content = text.slice(line.start, Math.min(line.end, line.start + 8));
  if (STARTS_LOWER.test(content)) return !(previousStartsBlock && standsAlone(before));
  return TITLE_END.test(before);
}
