import { plain } from './page-kit.js';

/** Held-out batch 592: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table data row of the cells (HTML strings). */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** A text with `&` escaped for HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
