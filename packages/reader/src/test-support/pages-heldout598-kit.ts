import { plain } from './page-kit.js';

/** Held-out batch 598: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` data rows of a table, one row a string array of cell HTML. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells' plain texts joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));
