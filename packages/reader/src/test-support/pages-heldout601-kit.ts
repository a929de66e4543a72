import { plain } from './page-kit.js';

/** Held-out batch 601: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of data cells (`<td>`), or with its first cell a row header (`<th scope="row">`) when `rowHead` is set. */
export const tr = (cells: readonly string[], rowHead = false): string =>
  `<tr>${cells.map((c, i) => (i === 0 && rowHead ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined by spaces. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** The item at `i` of a list of texts ('' when out of range, for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';
