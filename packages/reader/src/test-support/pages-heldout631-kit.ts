/** Held-out batch 631: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr><td>` rows of a table from its data cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' texts joined with spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ');
