/** Held-out batch 590: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<td>` cells from the cells' HTML. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The body entry of a table data row: its cells' texts joined with " | ". */
export const rowText = (cells: readonly string[]): string => cells.join(' | ');

/** The item at `i` of a list (empty string past its end), for strict index access. */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';
