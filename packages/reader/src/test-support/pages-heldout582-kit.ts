/** Held-out batch 582: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of `<td>` cells holding the HTML strings; `attrs` goes on each cell. */
export const row = (cells: readonly string[], attrs = ''): string => `<tr>${cells.map((c) => `<td${attrs}>${c}</td>`).join('')}</tr>`;

/** A text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** The entry at `i` of a list of strings, or '' (for `noUncheckedIndexedAccess`). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
