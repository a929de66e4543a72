import { EmbeddingError } from '../errors.js';
import type { Sentence } from '../types.js';
import { blockSentences, type CountedSpan } from './block-sentences.js';
import { readBlocks, type Block } from './blocks.js';
import { headingIndices } from './headings.js';
import { wordsBetween } from './word-counts.js';

/**
 * Sentence segmentation with offsets. Nothing is normalised, so `text.slice(start, end) ===
 * sentence.text` always holds. The pipeline, one module a step:
 * 1. blocks.ts: lines to blocks (paragraphs, list items, Markdown headings, hard-wrapped
 *    lines reflowed); a sentence never crosses a block.
 * 2. block-sentences.ts: terminal punctuation, quotes, brackets, citations and inline list
 *    markers in a block; boundary-rules.ts decides (abbreviations, initials, numbers,
 *    ellipses, quoted questions); run-ons.ts cuts photo captions glued to a sentence.
 * 3. headings.ts: which sentences are headings (`Sentence.heading`).
 */

/** Options of {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Written to every sentence's `docIndex`; default 0. */
  docIndex?: number;
  /** `index` of the first sentence; default 0. */
  firstIndex?: number;
}

const NON_SPACE = /\S/;
const SPACE = /\s/;
const CLOSING_HASHES = /[ \t]+#+$/;

function checkIndex(name: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new EmbeddingError('INVALID_ARGUMENT', `${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** A Markdown heading's text: trimmed, without the closing hashes of "## Results ##". */
function markdownHeadingSpan(text: string, block: Block): CountedSpan {
  let { start, end } = block;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  const closing = CLOSING_HASHES.exec(text.slice(start, end));
  if (closing !== null) end = start + closing.index;
  return { start, end, words: wordsBetween(text, start, end, end - start) };
}

/**
 * Splits one text into sentences with character offsets (rule-based; see the module comment).
 *
 * - A blank line, a list item, a Markdown heading and a line break before a line that starts
 *   with a capital or digit end a sentence; hard-wrapped prose (lines broken at a fixed width,
 *   as e-mail and `fmt` do) is read as the paragraph it was.
 * - Abbreviations (Dr., U.S., e.g., etc., Jan. 5, No. 10, Rs. 500, fl. oz.), initials
 *   (Albert I. Jones), decimals and ellipses inside a sentence do not split; an abbreviation
 *   at a sentence end does ("at 6 P.M. Mr. Smith left" is two).
 * - Quotes, brackets and citation markers stay on the left of a boundary (`it." Then`,
 *   `gas.[1] Next`); `!` or `?` before a lower-case word does not split ("Yahoo! employees").
 * - List markers ("- ", "1.) ", "a. ") stay in the item's text; a Markdown heading's hashes do not.
 *
 * @param text Any text; `\n`, `\r\n` and `\r` line endings.
 * @returns Sentences in text order, non-overlapping, each `text.slice(start, end)` without
 *   surrounding whitespace; `heading: true` on headings (headings.ts). Empty or
 *   whitespace-only text gives `[]`; so does text with no letter, digit or symbol.
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
  const markdown = new Set<number>();
  for (const block of readBlocks(text)) {
    // a Markdown heading is one sentence, whatever its punctuation
    const spans = block.markdownHeading ? [markdownHeadingSpan(text, block)] : blockSentences(text, block);
    for (const span of spans) {
      if (span.end <= span.start) continue;
      const sentenceText = text.slice(span.start, span.end);
      if (block.markdownHeading) markdown.add(sentences.length);
      sentences.push({ index: firstIndex + sentences.length, docIndex, text: sentenceText, start: span.start, end: span.end, words: span.words });
    }
  }
  const marked = headingIndices(text, sentences, markdown);
  return marked.size === 0 ? sentences : sentences.map((s, i) => (marked.has(i) ? { ...s, heading: true } : s));
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
