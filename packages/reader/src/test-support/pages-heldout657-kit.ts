import { plain } from './page-kit.js';

/** Held-out batch 657: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells (cells written as HTML). */
export const trs = (rows: readonly (readonly string[])[], cell = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cell === '' ? '' : ` ${cell}`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
