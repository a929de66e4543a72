/** Held-out batch 669: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells (HTML strings); its gold body entry is `cells(...)`. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with a space. */
export const cells = (row: readonly string[]): string => row.join(' ');
