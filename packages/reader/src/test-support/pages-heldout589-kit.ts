import { plain } from './page-kit.js';

/** Held-out batch 589: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells holding HTML strings; `cls` is the class of each `<td>`. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (r: readonly string[]): string => plain(r.join(' '));

/** A text with `&` escaped for HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
