import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 677: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the timetables and tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (r: readonly string[]): string => r.map(plain).join(' ');

/**
 * The distinct furniture or byline texts that are not also part of the gold article (title, headings, body): a menu item
 * equal to a word of the body, or a breadcrumb repeating the title, is left out, as the gold rules say.
 */
export const outside = (gold: readonly string[], items: readonly string[]): string[] => {
  const g = ` ${gold.map((t) => tokens(t).join(' ')).join(' | ')} `;
  return [...new Set(items)].filter((t) => tokens(t).length > 0 && !g.includes(` ${tokens(t).join(' ')} `));
};

/** A page of the batch with `outside` applied to its bylines and furniture. */
export const held = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  return { ...p, bylines: outside(gold, p.bylines), furniture: outside(gold, p.furniture) };
};
