/** Held-out batch 351, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** A table row with its cells on separate lines, so the row's plain text is the cells joined by spaces. */
export const tr = (cells: readonly string[], tag = 'td', cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${cells.map((c) => `<${tag}>${c.replace(/&/g, '&amp;')}</${tag}>`).join('\n')}\n</tr>`;

/** The plain text of a row written by `tr`. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
