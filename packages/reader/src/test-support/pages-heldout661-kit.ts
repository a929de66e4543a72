import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 661: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: one `<td>` a cell. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with spaces (one body entry a row). */
export const rowText = (cells: readonly string[]): string => plain(cells.join(' '));

/** Whether the words of `needle` occur, in order and as whole words, in `hay`. */
const inside = (hay: string, needle: string): boolean => {
  const n = tokens(needle).join(' ');
  return n !== '' && ` ${tokens(hay).join(' ')} `.includes(` ${n} `);
};

/**
 * A page with its byline and furniture lists cleaned as the gold rules ask: each distinct text once, and a text that is
 * also part of the title, a heading or a body entry (or, for furniture, a byline) left out.
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const inGold = (t: string): boolean => gold.some((g) => inside(g, t));
  const bylines = [...new Set(p.bylines)].filter((t) => !inGold(t));
  const furniture = [...new Set(p.furniture)].filter((t) => !inGold(t) && !bylines.includes(t));
  return { ...p, bylines, furniture };
}
