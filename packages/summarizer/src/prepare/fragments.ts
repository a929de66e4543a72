import { endsAsSentence, type Sentence } from '@vecsum/embeddings';

/** A line of at most this many words that does not end as a sentence is a fragment. */
export const FRAGMENT_MAX_WORDS = 8;

/** Fragments are left out only when at least this many full sentences remain candidates. */
export const MIN_FULL_SENTENCES = 3;

/**
 * Whether a sentence is a fragment: a short line that does not end as a sentence does ("Guide
 * price", "Windows, macOS", "Reviews 4,812 Average"). On web pages and exported documents these
 * are labels, table cells, menu items and captions; a summary of them reads as none.
 */
export function isFragment(s: Pick<Sentence, 'text' | 'words'>): boolean {
  return s.words <= FRAGMENT_MAX_WORDS && !endsAsSentence(s.text);
}
