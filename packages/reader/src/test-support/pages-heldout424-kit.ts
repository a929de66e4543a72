/** Held-out batch 424, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<td>` cells of one table row. */
export const tds = (cells: readonly string[], cls = ''): string =>
  `<tr>${cells.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;
