/** Held-out batch 686: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Table rows of `<td>` cells; the gold of a row is its cells joined with a space. */
export const rows = (cells: readonly (readonly string[])[], cls = ''): string =>
  cells.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows written with `rows`. */
export const rowTexts = (cells: readonly (readonly string[])[]): string[] => cells.map((r) => r.join(' '));

/** Escapes `&` for text put into HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
