/** Held-out batch 504: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the price and rate tables of the batch. */
export const rows = (cells: readonly (readonly string[])[], cls = ''): string =>
  cells.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' texts joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** Escapes `&` for HTML text built from gold strings. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
