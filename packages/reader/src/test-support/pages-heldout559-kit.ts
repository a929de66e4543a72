/** Held-out batch 559: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for a plain text put into HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** A table row of plain-text cells (`td` or `th`). */
export const tr = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
