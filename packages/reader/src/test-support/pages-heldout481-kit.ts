/** Held-out batch 481: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, and the gold text of each row (its cells joined with spaces). */
export const rows = (cells: readonly (readonly string[])[]): string =>
  cells.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');
export const rowTexts = (cells: readonly (readonly string[])[]): string[] => cells.map((r) => r.join(' '));

/** Picks entries of a list by index, for gold lists built from one array of blocks. */
export const at = (list: readonly string[], ...idx: number[]): string[] => idx.map((i) => list[i] ?? '');
