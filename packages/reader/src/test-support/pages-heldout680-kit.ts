import { plain } from './page-kit.js';

/** Held-out batch 680: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), with `cls` on each cell. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells' plain texts joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
