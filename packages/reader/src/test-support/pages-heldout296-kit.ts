import { plain } from './page-kit.js';

/** Joins the pieces of a long paragraph with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` lines of a list of items written as HTML. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** `<tr>` rows of data cells, one cell a line so the plain text keeps a space between cells. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td'): string =>
  rows.map((r) => `<tr>${r.map((c) => `\n<${cell}>${c}</${cell}>`).join('')}\n</tr>`).join('\n');

/** The plain text of each table row, its cells joined by spaces (the gold of a data table). */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
