/** Held-out batch 326, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Table rows: each row's cells on their own lines, so a row's plain text is its cells joined by spaces. */
export const rows = (data: readonly (readonly string[])[]): string =>
  data.map((r) => `<tr>\n${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('\n')}\n</tr>`).join('\n');
/** The plain texts of table rows, cells joined by spaces. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => r.join(' '));
