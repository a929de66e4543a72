/** Held-out batch 627: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table body row: a row header cell then data cells, as HTML. */
export const tr = (cells: readonly string[], th = true): string =>
  `<tr>${cells.map((c, i) => (i === 0 && th ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;

/** The gold text of a table body row: its cells joined with a space. */
export const rowText = (cells: readonly string[]): string => cells.join(' ').replace(/&amp;/g, '&');

/** The i-th string of a list, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
