import { splitDocuments, type Sentence } from '@vecsum/embeddings';
import { SummarizerError } from '../errors.js';

/** One text, or several documents summarised together (multi-document summarization). */
export type SummarizeInput = string | { readonly documents: readonly string[] };

/** Default cap on input size: 10 MiB of UTF-16 code units. */
export const DEFAULT_MAX_INPUT_CHARS = 10 * 1024 * 1024;

/** The documents of an input, validated (EMPTY_DOCUMENT, INPUT_TOO_LARGE, INVALID_OPTION). */
export function inputDocuments(input: SummarizeInput, maxChars: number): readonly string[] {
  const docs = typeof input === 'string' ? [input] : input?.documents;
  if (!Array.isArray(docs) || docs.some((d) => typeof d !== 'string')) {
    throw new SummarizerError(
      'INVALID_OPTION',
      'input must be a string or { documents: string[] }; pass the text itself, or an object with a documents array of strings',
    );
  }
  const total = docs.reduce((n, d) => n + d.length, 0);
  if (total > maxChars) {
    throw new SummarizerError(
      'INPUT_TOO_LARGE',
      `input has ${total} characters; the limit is ${maxChars}. Summarize a shorter text, split it, or raise maxInputChars`,
    );
  }
  if (docs.every((d) => d.trim() === '')) throw new SummarizerError('EMPTY_DOCUMENT', 'input has no text; give a document with at least one sentence');
  return docs;
}

/** Sentences of all documents, in order, with document indices and offsets. */
export function segmentInput(documents: readonly string[]): Sentence[] {
  const sentences = splitDocuments(documents);
  if (sentences.length === 0)
    throw new SummarizerError('EMPTY_DOCUMENT', 'input has no sentences (no letters, digits or symbols); give a document with at least one sentence');
  return sentences;
}
