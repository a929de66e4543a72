/** Held-out batch 403, small shared helpers: `<li>` lines of plain items, and table rows of plain cells. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` lines of `<td>` cells, one row a line. */
export const rows = (cells: readonly (readonly string[])[]): string =>
  cells.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('\n')}</tr>`).join('\n');
