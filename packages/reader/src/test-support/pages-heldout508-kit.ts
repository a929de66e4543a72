import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 508: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` of `<td>` cells (class on each cell when given). */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr>${cells.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`;

/** The gold entry of a table data row: its cells' texts, one entry a row, joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

const key = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned the same way on every page of the batch: each distinct text once, and a
 * text that is also part of the title, a heading or a body entry (as whole words) left out; a byline is not repeated in
 * the furniture.
 */
export function gold(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map(key);
  const keep = (t: string): boolean => tokens(t).length === 0 || !article.some((a) => a.includes(key(t)));
  const bylines = [...new Set(p.bylines)].filter(keep);
  const furniture = [...new Set(p.furniture)].filter(keep).filter((t) => !bylines.includes(t));
  return { ...p, bylines, furniture };
}
