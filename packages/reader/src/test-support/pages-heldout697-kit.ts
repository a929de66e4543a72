/** Held-out batch 697: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of `<td>` cells (`attrs` on each cell). */
export const tr = (cells: readonly string[], attrs = ''): string => `<tr>${cells.map((c) => `<td${attrs}>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' texts joined with single spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
