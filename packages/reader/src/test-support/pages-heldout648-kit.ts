import { plain } from './page-kit.js';

/** Held-out batch 648: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The entry at `i`, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** `&` escaped for a text put into HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
