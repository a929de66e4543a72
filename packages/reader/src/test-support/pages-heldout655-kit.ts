/** Held-out batch 655: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, `&` escaped, for the price tables of the batch. */
export const rows = (table: readonly (readonly string[])[], cell = ''): string =>
  table.map((r) => `<tr>${r.map((c) => `<td${cell === '' ? '' : ` class="${cell}"`}>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** An element at an index of a list, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
