import type { TestPage } from './page-kit.js';

/** Held-out batch 491: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item of a list at `i`, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr><td>` rows of a table, one array of cell HTML a row. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold body entry of a table row: its cells' plain texts joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

const words = (t: string): string => ` ${(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its furniture and bylines made distinct and cleared of texts that are also part of the title, a heading
 * or a body entry (as whole words), so the gold follows the "left out of furniture" rule the same way on every page.
 */
export function gold(page: TestPage): TestPage {
  const article = [page.title, ...page.headings, ...page.body].map(words);
  const keep = (t: string): boolean => words(t).trim() === '' || !article.some((a) => a.includes(words(t)));
  const distinct = (list: readonly string[]): string[] => [...new Set(list)].filter(keep);
  const bylines = distinct(page.bylines);
  return { ...page, bylines, furniture: distinct(page.furniture).filter((t) => !bylines.includes(t)) };
}
