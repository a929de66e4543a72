/** Held-out batch 378: the few helpers its pages share. */

/** The pieces of a long paragraph, joined with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<tr>` rows of data cells (`<td>`), one row a tuple of cells. */
export const rows = (cells: readonly (readonly string[])[], cls = ''): string =>
  cells.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** `<li>` items, each with the text as it is (already HTML). */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
