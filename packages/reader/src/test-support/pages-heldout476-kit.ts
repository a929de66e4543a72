/** Held-out batch 476: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for a text put into HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A table data row (`<td>` cells) of the batch's tables; its gold is `cells.join(' ')`. */
export const tr = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;

/** A question with its answer paragraphs, for the FAQ and troubleshooting pages. */
export interface Qa {
  q: string;
  a: string[];
}
