/** Held-out batch 575: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of data cells (`&` escaped), and the plain text of the row: its cells joined with spaces, as the gold holds it. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>${cells.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`;
export const rowText = (cells: readonly string[]): string => cells.join(' ');

/** HTML-escaped text (`&` only, the one entity the batch's texts need). */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
