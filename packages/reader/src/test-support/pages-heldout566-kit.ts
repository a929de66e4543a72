import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 566: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the data tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: the cells of a row joined with spaces, one entry a row. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Picks entries of a list by index (missing ones become empty strings), for headings and body slices. */
export const at = (list: readonly string[], ...ix: number[]): string[] => ix.map((i) => list[i] ?? '');

/**
 * The page with the usual rule applied to its bylines and furniture: an entry whose words also occur, in a row, in the title,
 * a heading or a body entry (a menu item equal to a word of the body, a breadcrumb repeating the title) is left out.
 */
export const tidy = (p: TestPage): TestPage => {
  const blocks = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inArticle = (t: string): boolean => tokens(t).length > 0 && blocks.some((b) => b.includes(` ${tokens(t).join(' ')} `));
  const once = (list: readonly string[]): string[] => [...new Set(list)].filter((t) => !inArticle(t));
  return { ...p, bylines: once(p.bylines), furniture: once(p.furniture) };
};
