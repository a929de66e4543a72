import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 456: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the data tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold entries of table rows: one entry a row, its cells joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Entry `i` of a list of strings, or '' (the strict index check). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

const seq = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the gold rules ask: each distinct text once, and a text that is also part
 * of the title, a heading or a body entry (as a run of whole words, case aside) left out.
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const keep = (xs: readonly string[]): string[] =>
    [...new Set(xs)].filter((t) => t.trim() !== '' && (tokens(t).length === 0 || !gold.some((g) => g.includes(seq(t)))));
  return { ...p, bylines: keep(p.bylines), furniture: keep(p.furniture) };
}
