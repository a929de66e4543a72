/** Held-out batch 571: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells joined by ' | '. */
export const rows = (cells: readonly (readonly string[])[]): string =>
  cells.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows made by `rows`. */
export const rowTexts = (cells: readonly (readonly string[])[]): string[] => cells.map((r) => r.join(' | '));
