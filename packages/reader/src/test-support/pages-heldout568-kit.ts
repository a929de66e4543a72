/** Held-out batch 568: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr><td>` cells from the HTML strings. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' texts joined with a space. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** The element at `i`, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
