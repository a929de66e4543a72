/** Held-out batch 687: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr><td>` rows of a table, cells as HTML strings. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells joined by a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' ').replace(/&amp;/g, '&'));

/** An entry of a string list that the page needs (the list is written in the file, so the entry exists). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
