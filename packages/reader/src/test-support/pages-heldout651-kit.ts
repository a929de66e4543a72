import type { TestPage } from './page-kit.js';

/** Held-out batch 651: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, and the plain text of each row (its cells joined by spaces) for the gold. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** The items of a list at the given positions, as '' where missing (noUncheckedIndexedAccess). */
export const at = (items: readonly string[], ...idx: number[]): string[] => idx.map((i) => items[i] ?? '');

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture lists cleaned as the gold rules say: each distinct text once, and a text that is
 * also part of the title, a heading or a body entry (as whole words) left out.
 */
export const gold = (p: TestPage): TestPage => {
  const article = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string): boolean => t.trim() !== '' && !article.some((a) => a.includes(words(t)));
  const bylines = [...new Set(p.bylines)].filter(keep);
  const furniture = [...new Set(p.furniture)].filter((t) => keep(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
};
