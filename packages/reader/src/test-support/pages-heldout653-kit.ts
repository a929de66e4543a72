import { plain } from './page-kit.js';

/** Held-out batch 653: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells; `tds` is the attribute string of each cell. */
export const trs = (rows: readonly (readonly string[])[], tds = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${tds}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one body entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** Bare `<a>` links (menus of builders that do not use lists), `cls` the class of each. */
export const anchors = (items: readonly string[], cls = '', href = '/'): string =>
  items.map((t) => `<a href="${href}${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="${cls}">${esc(t)}</a>`).join('\n');
