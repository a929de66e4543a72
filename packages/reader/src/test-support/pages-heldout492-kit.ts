/** Held-out batch 492: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); the gold of a row is its cells' plain texts joined by single spaces. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows: one entry a row, cells joined by single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** `<th>` header cells of a table head row. */
export const ths = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<th scope="col">${c}</th>`).join('')}</tr>`;
