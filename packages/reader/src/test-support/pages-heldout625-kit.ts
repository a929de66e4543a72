import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 625: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (cells already HTML-escaped). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** Entry `i` of a list of strings, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** Is `t` (as a run of whole word tokens) part of one of the gold texts? */
const inGold = (t: string, gold: readonly string[]): boolean => {
  const want = ` ${tokens(t).join(' ')} `;
  return want.trim() !== '' && gold.some((g) => ` ${tokens(g).join(' ')} `.includes(want));
};

/**
 * A page with the usual rule applied to its lists: a furniture or byline text that is also part of the title, a heading or a
 * body entry (a menu item equal to a word of the body) is left out, and each distinct text is kept once.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const keep = (xs: readonly string[]): string[] => [...new Set(xs)].filter((t) => !inGold(t, gold));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture).filter((t) => !p.bylines.includes(t)) };
}
