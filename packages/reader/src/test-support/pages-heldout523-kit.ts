import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 523: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the body tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/**
 * The page with its bylines and furniture tidied as the usual rules ask: each distinct text once, and a text whose words
 * also occur, whole and in order, in the title, a heading or a body entry (a menu item equal to a word of the body) left out.
 */
export function tidy(page: TestPage): TestPage {
  const article = [page.title, ...page.headings, ...page.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inArticle = (t: string): boolean => tokens(t).length > 0 && article.some((a) => a.includes(` ${tokens(t).join(' ')} `));
  const keep = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => t.trim() !== '' && !inArticle(t));
  const bylines = keep(page.bylines);
  return { ...page, bylines, furniture: keep(page.furniture).filter((t) => !bylines.includes(t)) };
}
