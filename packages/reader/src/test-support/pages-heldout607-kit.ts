import { plain } from './page-kit.js';

/** Held-out batch 607: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the price and depth tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** The item of a list, or an empty string when out of range (for `noUncheckedIndexedAccess`). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** A `['p', text]` block of a page written as a list of tagged blocks, its text written over several source lines. */
export const para = (...parts: string[]): [string, string] => ['p', parts.join(' ')];
