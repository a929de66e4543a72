/** Held-out batch 638: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells holding HTML strings. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' texts joined by a space. */
export const rowText = (row: readonly string[]): string => row.join(' ');

/** The body entry at `i` of a page's list, as a string (empty when out of range). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
