import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 515: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells (HTML strings). */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** Escapes `&` for a plain text put into HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/**
 * The page with its bylines and furniture tidied: duplicates dropped, and texts that are also part of the title, a
 * heading or a body entry (as whole words) left out, as the gold rules ask.
 */
export function gold(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inArticle = (t: string): boolean => article.some((a) => a.includes(` ${tokens(t).join(' ')} `));
  const keep = (list: string[]): string[] => [...new Set(list)].filter((t) => t.trim() !== '' && !inArticle(t));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture).filter((t) => !p.bylines.includes(t)) };
}
