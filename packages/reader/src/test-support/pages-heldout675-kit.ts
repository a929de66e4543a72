/** Held-out batch 675: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (cells are HTML strings). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Plain `<a>` links without list items, for footers and bars built from the gold texts (`&` escaped). */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="#"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join('\n');
