/** Held-out batch 639: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells (`&` escaped) and its gold text, the cells joined with spaces. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;

/** The gold text of a table data row. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** The body entry at `i` of a gold list (empty when out of range, for strict indexing). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
