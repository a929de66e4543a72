import type { TestPage } from './page-kit.js';

/** Held-out batch 499: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), with `attrs` on each cell. */
export const trs = (rows: readonly (readonly string[])[], attrs = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${attrs}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its cells joined with a space (as plain text). */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** A value that must be there (for indexing into the batch's arrays under noUncheckedIndexedAccess). */
export const at = <T>(xs: readonly T[], i: number): T => {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
};

/** Word tokens of a text between spaces, for whole-word containment tests. */
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture made distinct and without the texts that are also part of the title, a heading or a
 * body entry (whole words, any case), as the usual gold rules ask; furniture also drops texts listed as bylines.
 */
export const finish = (p: TestPage): TestPage => {
  const gold = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (t: string): boolean => words(t).trim() === '' || !gold.some((g) => g.includes(words(t)));
  const bylines = [...new Set(p.bylines)].filter(keep);
  return { ...p, bylines, furniture: [...new Set(p.furniture)].filter((t) => keep(t) && !bylines.includes(t)) };
};
