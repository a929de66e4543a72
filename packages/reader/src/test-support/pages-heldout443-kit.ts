/** Held-out batch 443, small shared helpers: paragraph text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A grid of records: rows of cell texts. */
export type Grid = readonly (readonly string[])[];
/** The cells of one row, each wrapped by `wrap`, joined with a space so the row's plain text is its cells with spaces. */
export const cells = (row: readonly string[], wrap: (c: string, i: number) => string): string => row.map((c, i) => wrap(c.replace(/&/g, '&amp;'), i)).join(' ');
/** The gold text of a grid: one body entry a row, its cells joined with a space. */
export const rowTexts = (grid: Grid): string[] => grid.map((r) => r.join(' '));
