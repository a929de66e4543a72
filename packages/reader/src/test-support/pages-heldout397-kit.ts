/** Held-out batch 397, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A table row whose cells sit on their own lines, so the row's plain text is its cells joined by spaces. */
export const tr = (cells: readonly string[], cell = 'td', attrs = ''): string =>
  `<tr${attrs}>\n${cells.map((c) => `<${cell}>${c.replace(/&/g, '&amp;')}</${cell}>`).join('\n')}\n</tr>`;
/** The gold text of a table row written with `tr`. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
