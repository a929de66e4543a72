/** Held-out batch 671: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings), for the body tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: the cells of a row joined with a space, one entry a row. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] =>
  rows.map((r) => r.map((c) => c.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).join(' '));

/** The entry at `i` of a list of texts, or '' (for `noUncheckedIndexedAccess`). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
