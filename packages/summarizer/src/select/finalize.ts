import type { Sentence } from '@vecsum/embeddings';
import { cutToRoom, roomLeft, SENTENCE_SEPARATOR, type ResolvedBudget } from '../budget.js';
import type { SessionRecord } from './session.js';

export interface Truncation {
  readonly index: number;
  readonly text: string;
}

/**
 * Cuts one more sentence to fill what is left of the budget: the first sentence the selector
 * wanted but could not fit (`truncate: true`), or, when nothing at all was picked, the most
 * important candidate. Returns null when no non-empty cut fits.
 */
export function truncateToFill(
  sentences: readonly Sentence[],
  record: SessionRecord,
  budget: ResolvedBudget,
  fallbackOrder: readonly number[],
): Truncation | null {
  if (budget.unit === 'sentences') return null;
  const room = roomLeft(budget, record.used, record.picked.length);
  // the first sentence the selector wanted but could not fit; with nothing picked at all, any
  // candidate in importance order whose cut is not empty (a 1-byte budget cannot hold "“")
  const wanted = record.refused.filter((i) => !record.picked.includes(i));
  const candidates = record.picked.length === 0 ? [...wanted, ...fallbackOrder] : wanted.slice(0, 1);
  for (const candidate of candidates) {
    const text = cutToRoom(sentences[candidate]!.text, budget.unit, room);
    if (text !== null) return { index: candidate, text };
  }
  return null;
}

/** Summary text: one sentence per line (line breaks inside a sentence become spaces, same length). */
export function summaryText(parts: readonly string[]): string {
  return parts.map((t) => t.replace(/[\r\n]/g, ' ')).join(SENTENCE_SEPARATOR);
}
