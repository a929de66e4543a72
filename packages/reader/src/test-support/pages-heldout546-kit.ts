/** Held-out batch 546: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the fee tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold body entry of a table data row: its cells' texts joined with a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** A value from a list by index, '' when out of range (for `noUncheckedIndexedAccess`). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
