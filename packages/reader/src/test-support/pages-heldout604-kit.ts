/** Held-out batch 604: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A `<tr>` of `<td>` cells holding the strings (`&` escaped). */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;

/** Entry `i` of a list of strings, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
