/** Held-out batch 526: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr><td>` rows of a table, one array of cell HTML a row. */
export const trs = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&(?![a-z#0-9]+;)/g, '&amp;')}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: a row's cells joined with a space, one body entry a row. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** A string escaped for HTML text (`&` only, the texts hold no `<`). */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
