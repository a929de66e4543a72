import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 691: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the price and date tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its cells joined with single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The furniture (or byline) texts of a page, each distinct text once, less those that are also part of the title, a heading
 * or a body entry (as whole words), as the gold rules want.
 */
export function only(items: readonly string[], gold: readonly string[]): string[] {
  const seq = (t: string): string => ` ${tokens(t).join(' ')} `;
  const golds = gold.map(seq);
  const kept = items.filter((t) => tokens(t).length === 0 || !golds.some((g) => g.includes(seq(t))));
  return [...new Set(kept)];
}

/** A page with `only` applied to its furniture and bylines. */
export const settle = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body];
  return { ...p, bylines: only(p.bylines, gold), furniture: only(p.furniture, gold) };
};
