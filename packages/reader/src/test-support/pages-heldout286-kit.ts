/** Held-out batch 286, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and data tables. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A data table: header cells and rows of cells, with classes for the table, header cells and data cells. */
export const table = (head: readonly string[], rows: readonly (readonly string[])[], cls = '', th = '', td = ''): string =>
  `<table${cls === '' ? '' : ` class="${cls}"`}><thead><tr>${head.map((h) => `<th${th === '' ? '' : ` class="${th}"`}>${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td${td === '' ? '' : ` class="${td}"`}>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
