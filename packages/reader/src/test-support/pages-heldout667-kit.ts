/** Held-out batch 667: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` data rows of a table, one cell a string (`&` escaped). */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold body entry of a table data row: its cells joined with spaces. */
export const rowText = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Short `<a>` links in a row (no list), for footers and tag lines (`&` escaped). */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a${cls === '' ? '' : ` class="${cls}"`} href="#">${t.replace(/&/g, '&amp;')}</a>`).join('\n');
