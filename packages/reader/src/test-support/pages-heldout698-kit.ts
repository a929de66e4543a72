/** Held-out batch 698: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** Table rows: each row's cells in `<td>` (or `<th>` when `th`), for the batch's tables. */
export const rows = (cells: readonly (readonly string[])[], th = false): string =>
  cells.map((r) => `<tr>${r.map((c) => (th ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
