import { plain } from './page-kit.js';

/** Held-out batch 529: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells holding the HTML strings. */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td === '' ? '' : ` ${td}`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined by spaces. */
export const rowText = (r: readonly string[]): string => r.map(plain).join(' ');

/** A text with `&` escaped for HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
