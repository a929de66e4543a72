import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 498: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), `cls` the class of each cell. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one body entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** Token sequence of a text, padded, for whole-word containment tests. */
const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its bylines and furniture tidied to the usual rules: each distinct text once, and a text left out when it is
 * also part of the title, a heading or a body entry (a menu item equal to a word of the body, a breadcrumb repeating the title).
 */
export function tidy(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(seq(t)));
  const uniq = (xs: string[]): string[] => [...new Set(xs)].filter(keep);
  const bylines = uniq(p.bylines);
  return { ...p, bylines, furniture: uniq(p.furniture).filter((t) => !bylines.includes(t)) };
}
