import { plain } from './page-kit.js';

/** Held-out batch 684: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (cells written as HTML). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: a row's cells joined with a space, as plain text. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** A furniture text with `&` escaped, for writing it into the HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
