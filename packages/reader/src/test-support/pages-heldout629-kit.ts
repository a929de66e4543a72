/** Held-out batch 629: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of data cells (`<td>`), each cell one body entry of the gold. */
export const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** Entry `i` of a list, or an empty string when it is missing (for `noUncheckedIndexedAccess`). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
