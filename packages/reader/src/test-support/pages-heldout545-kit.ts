import { plain } from './page-kit.js';

/** Held-out batch 545: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of cells, each cell an HTML string. */
export type Row = readonly string[];

/** `<tr>` rows of `<td>` (or `th`) cells; `attrs` goes on every cell. */
export const trs = (rows: readonly Row[], cell = 'td', attrs = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<${cell}${attrs}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined by a space. */
export const rowTexts = (rows: readonly Row[]): string[] => rows.map((r) => plain(r.join(' ')));

/** `<dt>` / `<dd>` pairs of a definition list. */
export const dls = (pairs: readonly Row[]): string => pairs.map(([t, d]) => `<dt>${t ?? ''}</dt><dd>${d ?? ''}</dd>`).join('\n');
