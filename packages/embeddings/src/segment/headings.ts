import type { Sentence } from '../types.js';
import { wordsBetween } from './word-counts.js';

/**
 * The one heading concept of the package. A sentence is a heading (`Sentence.heading`) when it is
 * - a Markdown heading ("## Results", marker and closing hashes left out of its text);
 * - a label line of its own ("Key points:");
 * - in the title block at the top of a document (up to 3 heading-like lines of their own
 *   before the first prose: headline, subtitle, byline);
 * - a section heading: a heading-like line of its own after a blank line, with prose (not
 *   another heading-like line) before and after it.
 * Selectors read `Sentence.heading`; `isHeadingLike` is the line-shape test behind it.
 */

/** Longest line (words) read as a heading. */
const MAX_HEADING_WORDS = 8;
/** Most heading lines at the top of a document marked as its title block. */
const MAX_TITLE_LINES = 3;
/** Longest label line ("Key points:") read as a heading (words). */
const MAX_LABEL_WORDS = 4;
/** Longest title line (words). */
const MAX_TITLE_WORDS = 12;

const STARTS_UPPER_OR_DIGIT = /^\s*[\p{Lu}\p{N}]/u;
/** Ends like a sentence: terminal punctuation of any script ("." "?" "。" "।" "؟"...), optionally closed by quotes/brackets. */
const TERMINAL_END = /[\p{Sentence_Terminal}…]["'”’»)\]」』）]*\s*$/u;

/** Whether the text ends as a sentence does, with a full stop, question or exclamation mark in any script (or an ellipsis). */
export function endsAsSentence(text: string): boolean {
  return TERMINAL_END.test(text);
}
/** Ends with punctuation that continues a sentence. */
const CONTINUING_END = /[,;:\-–—&/]\s*$/;
/** A line ending in one of these continues on the next line; no heading ends so. */
const FUNCTION_WORD_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|but|that|in|on|at|for|with|by|from|as|is|was|are|were|be|been|has|have|had|will|would|its|their|his|her)\s*$/;
const LINE_BREAK_CHAR = /[\n\r\u2028\u2029\u0085]/;
const NON_SPACE = /\S/;

/**
 * True for text shaped like a heading: a short line (up to `maxWords` words) that starts with a
 * capital or a digit, has no final punctuation and does not end in a function word ("Results",
 * "Chapter 2", "City Council Votes to Restore the Millbrook River").
 */
export function isHeadingLike(text: string, maxWords = MAX_HEADING_WORDS): boolean {
  const line = text.trim();
  // the word count first: it stops after maxWords + 1 words, and most sentences are longer
  return (
    wordsBetween(line, 0, line.length, maxWords) <= maxWords &&
    STARTS_UPPER_OR_DIGIT.test(line) &&
    !endsAsSentence(line) &&
    !CONTINUING_END.test(line) &&
    !FUNCTION_WORD_END.test(line)
  );
}

/** A label line: "Key points:", "Background:", "What happened:" (up to MAX_LABEL_WORDS words). */
function isLabel(s: Sentence): boolean {
  return s.words <= MAX_LABEL_WORDS && STARTS_UPPER_OR_DIGIT.test(s.text) && s.text.endsWith(':');
}

/**
 * `isHeadingLike(s.text, maxWords)`, its word count read from the sentence first (a sentence's
 * text is trimmed, so `s.words` is the count isHeadingLike makes): most sentences are longer.
 */
function headingLike(s: Sentence, maxWords: number): boolean {
  return s.words <= maxWords && isHeadingLike(s.text, maxWords);
}

/** The sentence fills its line: only spaces or tabs between it and the line breaks around it. */
function isWholeLine(text: string, s: Sentence): boolean {
  for (let i = s.start - 1; i >= 0 && !LINE_BREAK_CHAR.test(text[i]!); i--) if (NON_SPACE.test(text[i]!)) return false;
  for (let i = s.end; i < text.length && !LINE_BREAK_CHAR.test(text[i]!); i++) if (NON_SPACE.test(text[i]!)) return false;
  return true;
}

/** Only spaces and tabs, a line break, spaces and tabs, and another line break before `at`. */
function blankLineBefore(text: string, at: number): boolean {
  let i = at - 1;
  let breaks = 0;
  while (i >= 0 && breaks < 2) {
    const c = text[i]!;
    if (c === '\n' || c === '\u2028' || c === '\u2029' || c === '\u0085' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    i--;
  }
  return breaks === 2;
}

/**
 * How many sentences at the top of a document form its title block: up to MAX_TITLE_LINES
 * title lines of their own, and only when a sentence that is not one follows (a pile of short
 * unpunctuated lines, such as review snippets, has no title).
 */
function titleLines(text: string, sentences: readonly Sentence[]): number {
  let n = 0;
  while (n < sentences.length && n < MAX_TITLE_LINES) {
    const s = sentences[n]!;
    if (!headingLike(s, MAX_TITLE_WORDS) || !isWholeLine(text, s)) break;
    n++;
  }
  if (n === sentences.length) return 0;
  return headingLike(sentences[n]!, MAX_TITLE_WORDS) ? 0 : n;
}

/**
 * Indices of the headings among `sentences` of `text` (see the module comment);
 * `markdown` holds the indices of Markdown headings, found while splitting. Reads each
 * sentence's `words` (splitSentences counts them: `wordCount(text)`).
 */
export function headingIndices(text: string, sentences: readonly Sentence[], markdown: ReadonlySet<number>): Set<number> {
  const marked = new Set(markdown);
  const title = titleLines(text, sentences);
  for (let i = 0; i < title; i++) marked.add(i);
  const headingLine = (i: number): boolean => {
    const s = sentences[i];
    return s !== undefined && headingLike(s, MAX_HEADING_WORDS) && isWholeLine(text, s);
  };
  sentences.forEach((s, i) => {
    if (isLabel(s) && isWholeLine(text, s)) marked.add(i);
    // a section heading: a heading line after a blank line, between prose (not a list item)
    else if (i > 0 && headingLine(i) && blankLineBefore(text, s.start) && !headingLine(i - 1) && i + 1 < sentences.length && !headingLine(i + 1)) marked.add(i);
  });
  return marked;
}
