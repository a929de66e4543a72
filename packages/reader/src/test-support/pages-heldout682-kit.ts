import { plain, tokens } from './page-kit.js';

/** Held-out batch 682: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the rate and equipment tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/**
 * The texts that are not also part of the article (title, headings, body), as whole words: the usual rule that a menu item
 * equal to a word of the body, or a breadcrumb repeating the title, is left out of furniture and bylines.
 */
export const notIn = (gold: readonly string[], items: readonly string[]): string[] => {
  const g = gold.map((t) => ` ${tokens(t).join(' ')} `);
  return [...new Set(items)].filter((t) => tokens(t).length === 0 || !g.some((x) => x.includes(` ${tokens(t).join(' ')} `)));
};
