import { plain } from './page-kit.js';

/** Held-out batch 643: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of a table, one `<td>` (or `cell`) a string. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td', attrs = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}${attrs}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** The string at `i`, or '' (for `noUncheckedIndexedAccess`). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
