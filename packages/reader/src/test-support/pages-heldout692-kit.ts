/** Held-out batch 692: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined with spaces (see `row`). */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** An item of a list at index `i`, or the empty string (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
