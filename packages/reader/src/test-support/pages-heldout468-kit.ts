/** Held-out batch 468: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (texts escaped). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its non-empty cells joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.filter((c) => c !== '').join(' '));

/** An element of `n` from a list, or '' (strict indexing). */
export const at = (xs: readonly string[], n: number): string => xs[n] ?? '';
