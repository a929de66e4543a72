/** Held-out batch 695: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined with a space (see `row`). */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table row: its cells' texts joined with a space. */
export const row = (cells: readonly string[]): string => cells.join(' ');
