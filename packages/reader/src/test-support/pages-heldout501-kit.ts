/** Held-out batch 501: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row: `<tr>` of `<td>` cells. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with spaces. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** The entry at `i` of a list of texts (empty when out of range), for strict index access. */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** `<a>` links of a rail or footer, built from plain texts, with `&` escaped. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a${cls === '' ? '' : ` class="${cls}"`} href="#">${t.replace(/&/g, '&amp;')}</a>`).join('\n');
