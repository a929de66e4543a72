/** Held-out batch 416, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** A table row of data cells, cells separated by a space so the row reads as one line of text. */
export const row = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c}</td>`).join(' ')}</tr>`;
/** The plain text of a row written by `row`. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
