/** Held-out batch 659: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined by spaces. */
export const rows = (table: readonly (readonly string[])[]): string =>
  table.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows: one entry a row, cells joined by spaces. */
export const rowTexts = (table: readonly (readonly string[])[]): string[] => table.map((r) => r.join(' '));

/** Entry `i` of a list, or '' (for strict indexing). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
