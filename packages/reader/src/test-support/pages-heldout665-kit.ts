/** Held-out batch 665: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The item at `i`, or '' (the lists are written by hand, so the index is always there). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** A table data row of the cells; its gold text is the cells joined with a space. */
export const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** `&` escaped for HTML text. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;');

/** A section of an article: its heading and its paragraphs. */
export interface Sec {
  h: string;
  p: readonly string[];
}
