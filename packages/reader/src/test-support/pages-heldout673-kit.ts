import { plain } from './page-kit.js';

/** Held-out batch 673: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the body tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells' plain texts joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** The body entry at index `i` of a page's list (the lists are written in full, so the fallback never shows). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
