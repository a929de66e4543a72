/** Held-out batch 690: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A table data row of plain cells. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;

/** The gold entry of a table data row: its cells joined with " | ". */
export const row = (cells: readonly string[]): string => cells.join(' | ');

/** Item i of a list, or '' (for noUncheckedIndexedAccess). */
export const at = (a: readonly string[], i: number): string => a[i] ?? '';
