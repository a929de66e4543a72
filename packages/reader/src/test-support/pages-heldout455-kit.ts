/** Held-out batch 455: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (plain texts, `&` escaped). */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells joined by single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** The item at `i`, or an empty string (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';
