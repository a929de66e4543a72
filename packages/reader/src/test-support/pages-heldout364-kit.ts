/** Held-out batch 364, small shared helpers: paragraph text joined from short pieces, `<li>` lines, and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` rows of cells, with a space between cells so each row's plain text reads as one line. */
export const rows = (cells: readonly (readonly string[])[], cls = ''): string =>
  cells.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join(' ')}</tr>`).join('\n');
/** The plain texts of table rows, as `rows` writes them. */
export const rowTexts = (cells: readonly (readonly string[])[]): string[] => cells.map((r) => r.join(' '));
