/** Held-out batch 502: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A text with `&` escaped, for plain texts put straight into the HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A table data row: one `<td>` a cell, and its gold text, the cells joined by single spaces. */
export const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;

/** The gold text of a table data row. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
