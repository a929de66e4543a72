import type { Sentence } from '@vecsum/embeddings';
import type { Eligibility } from './eligibility.js';
import { MIN_FULL_SENTENCES } from './fragments.js';

/**
 * The caller's doubtful lines: lines of the input that may not be the text's own, such as the
 * lines a web-page reader kept although they read like page furniture (`ReadResult.doubtful` of
 * @vecsum/reader). A sentence on such a line is not a candidate while at least
 * MIN_FULL_SENTENCES other candidates remain; it stays in the text and in the document vector.
 * Lines are matched whole, after trimming, against the line of the document the sentence starts on.
 */
export function excludeDoubtful(
  documents: readonly string[],
  sentences: readonly Sentence[],
  doubtful: readonly string[],
  eligible: boolean[],
  excluded: Eligibility['excluded'],
): void {
  const lines = new Set(doubtful.map((l) => l.trim()).filter((l) => l !== ''));
  if (lines.size === 0) return;
  const hits = sentences.flatMap((s, i) => (eligible[i] === true && lines.has(lineAt(documents[s.docIndex] ?? '', s.start)) ? [i] : []));
  if (hits.length === 0 || eligible.filter(Boolean).length - hits.length < MIN_FULL_SENTENCES) return;
  for (const i of hits) {
    eligible[i] = false;
    excluded.set(i, { reason: 'doubtful' });
  }
}

/** The trimmed line of `text` that holds offset `at`. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}
