/** Held-out batch 647: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` of `<td>` cells (`cls` on each cell). */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr>${cells.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`;

/** The gold text of a table row: its cells' texts joined with a space. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** The item at `i` of a list of strings ('' past its end), for strict index access. */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
