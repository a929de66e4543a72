import { plain } from './page-kit.js';

/** Held-out batch 488: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (`cell` is the class of each cell). */
export const trs = (rows: readonly (readonly string[])[], cell = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cell === '' ? '' : ` class="${cell}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one body entry a row, its cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/** Section headings and their paragraphs, flattened to the order a reader meets them. */
export const flat = (sections: readonly (readonly [string, readonly string[]])[]): string[] => sections.flatMap(([h, p]) => [h, ...p]);
