import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 490: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); `th` makes the first cell of each row a row header `<th scope="row">`. */
export const trs = (rows: readonly (readonly string[])[], th = false): string =>
  rows.map((r) => `<tr>${r.map((c, i) => (th && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (r: readonly string[]): string => plain(r.join(' '));

const seq = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture settled by the usual rules: each text once, and a text that is also part of
 * the title, a heading or a body entry (as whole words) left out of both lists; a furniture text that is a byline too is
 * left out of furniture.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const inGold = (t: string): boolean => tokens(t).length > 0 && gold.some((g) => g.includes(seq(t)));
  const bylines = [...new Set(p.bylines)].filter((t) => !inGold(t));
  const furniture = [...new Set(p.furniture)].filter((t) => !inGold(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
