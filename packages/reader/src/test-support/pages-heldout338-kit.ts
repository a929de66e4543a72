/** Held-out batch 338, small shared helpers: paragraphs from a blank-line separated block, `<li>` lines and table rows. */
export const paras = (block: string): string[] =>
  block
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
/** `<li>` lines of plain items (no links). */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** `<tr>` rows of `<td>` cells. */
export const rows = (table: readonly (readonly string[])[], cls = ''): string =>
  table.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
/** The data cells of a table, row by row. */
export const cells = (table: readonly (readonly string[])[]): string[] => table.flat();
