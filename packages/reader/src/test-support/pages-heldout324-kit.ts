/** Held-out batch 324, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A `<tr>` of `<td>` cells, one cell a line, so the row's plain text is its cells joined by spaces. */
export const tr = (cells: readonly string[]): string => `<tr>\n${cells.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`;
