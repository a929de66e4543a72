/** Held-out batch 608: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` with one `<td>` a cell. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' texts joined with spaces. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** An entry of a body string list, or '' past its end (for strict indexed access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
