/** Held-out batch 683: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells, for the tables of the batch's pages. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one body entry a row, its cells joined with a space. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/** Furniture texts with repeats dropped (a menu item that is also a footer link is listed once). */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
