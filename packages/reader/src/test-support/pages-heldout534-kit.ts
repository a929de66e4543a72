import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 534: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the timetables and fare tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, the plain texts of its cells joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** The item at `i`, or '' (for strict index access). */
export const at = (a: readonly string[], i: number): string => a[i] ?? '';

/**
 * The page with the usual rule applied to its lists: a furniture or byline text that is also part of the title, a heading or
 * a body entry (as whole words) is left out, each text is kept once, and a byline text is not repeated in furniture.
 */
export function gold(p: TestPage): TestPage {
  const blocks = [p.title, ...p.headings, ...p.body].map((b) => ` ${tokens(b).join(' ')} `);
  const inGold = (t: string): boolean => tokens(t).length > 0 && blocks.some((b) => b.includes(` ${tokens(t).join(' ')} `));
  const keep = (xs: readonly string[]): string[] => [...new Set(xs)].filter((t) => !inGold(t));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((t) => !bylines.includes(t)) };
}
