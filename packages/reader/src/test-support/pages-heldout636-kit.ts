/** Held-out batch 636: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table row or a listing row: its cells joined with spaces. */
export const row = (cells: readonly string[]): string => cells.join(' ');

/** `<a>` links with the given class, one per text, `&` escaped. */
export const as = (items: readonly string[], cls: string): string =>
  items.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="${cls}">${t.replace(/&/g, '&amp;')}</a>`).join('\n');
