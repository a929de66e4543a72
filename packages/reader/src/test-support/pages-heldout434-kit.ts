/** Held-out batch 434, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` lines of data cells (`td`), the first cell of each row a `th` when `rowHead` is set. */
export const trs = (rows: readonly (readonly string[])[], rowHead = false): string =>
  rows.map((r) => `<tr>${r.map((c, i) => (rowHead && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
