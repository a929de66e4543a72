import { plain } from './page-kit.js';

/** Held-out batch 576: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for a text written into HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells (cells written as HTML), `td` the attributes of each cell. */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one body entry a row, its cells' plain texts joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** Each distinct text once, in first-seen order. */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
