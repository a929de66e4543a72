import { plain } from './page-kit.js';

/** Held-out batch 577: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of a table, each cell in `cell` (`td` or `th`) with the optional class. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td', cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}${cls === '' ? '' : ` class="${cls}"`}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells' plain texts joined with a space. */
export const rowText = (r: readonly string[]): string => r.map(plain).join(' ');

/** `<a>` links (no list items) of a menu or footer, `&` escaped, with the optional class. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items
    .map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`)
    .join('\n');
