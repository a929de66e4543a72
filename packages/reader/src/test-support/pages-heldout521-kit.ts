/** Held-out batch 521: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Table data rows (`<tr><td>...`) of the cells; the gold of each row is its cells joined with spaces. */
export const rows = (data: readonly (readonly string[])[]): string => data.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: a row's cells joined with single spaces. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => r.join(' '));

/** Each distinct text once, in first-seen order (for furniture lists that repeat a menu item in a footer). */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
