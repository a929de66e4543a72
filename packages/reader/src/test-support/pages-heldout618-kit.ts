import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 618: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the results tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold body entry of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** Whether the words of `t` occur, in order and as whole words, inside one of the gold texts. */
const inGold = (t: string, gold: readonly string[]): boolean => {
  const w = ` ${tokens(t).join(' ')} `;
  return w.trim() !== '' && gold.some((g) => ` ${tokens(g).join(' ')} `.includes(w));
};

/**
 * The page with its bylines and furniture tidied by the usual rules: each distinct text once, and texts that are also
 * part of the title, a heading or a body entry (a breadcrumb repeating the title, a menu item equal to a body word) left out.
 */
export const tidy = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  const keep = (xs: readonly string[]): string[] => [...new Set(xs)].filter((t) => !inGold(t, gold));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((t) => !bylines.includes(t)) };
};
