/** Held-out batch 619: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' past the end (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined by a space (see `rowText`). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row. */
export const rowText = (r: readonly string[]): string => r.join(' ');
