import { plain } from './page-kit.js';

/** Held-out batch 522: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table rows: one body entry a data row, its cells joined by spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** A plain text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** Each distinct text once, in first-seen order. */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
