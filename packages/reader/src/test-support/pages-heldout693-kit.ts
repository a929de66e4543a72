/** Held-out batch 693: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the results and fee tables of the batch. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined by a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');

/** Avoids `?? ''` noise: the item at `i`, or an empty string. */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
