import { plain } from './page-kit.js';

/** Held-out batch 342, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A table row's cells. */
export type Row = readonly string[];
/** `<tr>` lines of data rows, one `<td>` a line so the plain text keeps a space between cells. */
export const trs = (rows: readonly Row[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n');
/** The gold text of data rows: each row's cells joined by spaces. */
export const rowTexts = (rows: readonly Row[]): string[] => rows.map((r) => plain(r.join(' ')));
