/** Held-out batch 696: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<td>` cells (with `&` escaped), `cls` the class of the `<tr>`. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with spaces. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** Label and value of a key-facts row, as the gold holds it. */
export const fact = (pair: readonly [string, string]): string => `${pair[0]} ${pair[1]}`;
