import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 570: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the price and dose tables of the batch. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one body entry a row, its cells joined with a space (tags out, entities decoded). */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The page with its bylines and furniture each listed once and without the texts that are also part of the title, a heading or
 * a body entry (as whole words), as the gold rules ask.
 */
export function tidy(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inGold = (t: string): boolean => tokens(t).length > 0 && gold.some((g) => g.includes(` ${tokens(t).join(' ')} `));
  const keep = (ts: readonly string[]): string[] => [...new Set(ts)].filter((t) => !inGold(t));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((t) => !bylines.includes(t)) };
}
