/** Held-out batch 530: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), with `cls` on each row; the cells of a column get `column-N` classes. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r, i) => `<tr class="${cls === '' ? `row-${i + 2}` : cls}">${r.map((c, k) => `<td class="column-${k + 1}">${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));
