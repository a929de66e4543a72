/** Held-out batch 444, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` rows of a table body, the first cell a row header. */
export const rows = (cells: readonly (readonly string[])[]): string =>
  cells.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
/** The plain texts of table rows, one entry a cell, in reading order. */
export const cells = (table: readonly (readonly string[])[]): string[] => table.flatMap((r) => [...r]);
