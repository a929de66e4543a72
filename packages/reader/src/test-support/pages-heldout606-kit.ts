/** Held-out batch 606: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item of a list at an index, or the empty string (for `noUncheckedIndexedAccess`). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<tr>` rows of `<td>` cells, `cls` the class of each cell. */
export const rows = (table: readonly (readonly string[])[], cls = ''): string =>
  table.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');
