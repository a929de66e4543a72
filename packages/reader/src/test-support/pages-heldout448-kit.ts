import { plain } from './page-kit.js';

/** Held-out batch 448, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Table rows, each cell on its own line so that the plain text has a space between cells. */
export const rows = (rs: readonly (readonly string[])[], cell = 'td', cls = ''): string =>
  rs.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${r.map((c) => `<${cell}>${c}</${cell}>`).join('\n')}\n</tr>`).join('\n');
/** The gold text of table rows: one entry a row, its cells' plain texts joined by spaces. */
export const rowTexts = (rs: readonly (readonly string[])[]): string[] => rs.map((r) => plain(r.join(' ')));
