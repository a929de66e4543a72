import { plain } from './page-kit.js';

/** Held-out batch 670: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (the batch's files are checked with noUncheckedIndexedAccess). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells (`cls` on each row), for race cards and results tables. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: each row's cells, as plain text, joined with one space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));
