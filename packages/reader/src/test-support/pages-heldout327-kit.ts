/** Held-out batch 327, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` rows of `<td>` cells, one cell a line, so that the cells stay apart in the plain text. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n');
