import { plain } from './page-kit.js';

/** Held-out batch 482: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The entry at `i` of a list of texts, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** The entries of `xs` at the given indexes, in that order. */
export const pick = (xs: readonly string[], ...idx: number[]): string[] => idx.map((i) => at(xs, i));

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The furniture (or byline) texts of a page, each distinct text once, leaving out texts that are also part of the title,
 * a heading or a body entry (as whole words, gold given as HTML or plain text) and texts without a word.
 */
export function outside(gold: readonly string[], items: readonly string[]): string[] {
  const inGold = gold.map((g) => words(plain(g)));
  const kept = items.filter((t) => words(t).trim() !== '' && !inGold.some((g) => g.includes(words(t))));
  return [...new Set(kept)];
}
