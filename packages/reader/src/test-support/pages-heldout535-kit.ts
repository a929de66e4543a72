/** Held-out batch 535: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

/** `<tr>` rows of `<td>` cells, one row per array. */
export const rows = (cells: readonly (readonly string[])[], td = ''): string =>
  cells.map((r) => `<tr>${r.map((c) => `<td${td}>${c}</td>`).join('')}</tr>`).join('\n');
