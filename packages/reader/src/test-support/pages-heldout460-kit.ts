/** Held-out batch 460: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The cells of a table data row, split on " | " as the gold's row text is written. */
const cells = (row: string): string[] => row.split(' | ');

/** `<tr>` rows of `<td>` cells, from row texts written "cell | cell | cell". */
export const trs = (rows: readonly string[], cls = ''): string =>
  rows
    .map(
      (r) =>
        `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells(r)
          .map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');

/** The gold text of table data rows: the cells of each row joined with spaces. */
export const rowTexts = (rows: readonly string[]): string[] => rows.map((r) => cells(r).join(' '));

/** Picks the entries at the given indexes (`''` for a missing one), to build HTML and gold from one list. */
export const at = (list: readonly string[], ...idx: number[]): string[] => idx.map((i) => list[i] ?? '');
