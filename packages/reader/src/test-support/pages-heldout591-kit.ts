import { plain } from './page-kit.js';

/** Held-out batch 591: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&(?![a-z#0-9]+;)/g, '&amp;');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${esc(t)}</li>`).join('\n');

/** A table data row of the cells (`&` escaped). */
export const row = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;

/** The gold text of a table data row: its cells' plain texts joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.map(plain).join(' ');

/** `<a>` links of the texts, one a line, each with the class (for menus that are not lists). */
export const anchors = (items: readonly string[], cls: string, wrap = (a: string): string => a): string =>
  items.map((t) => wrap(`<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="${cls}">${esc(t)}</a>`)).join('\n');
