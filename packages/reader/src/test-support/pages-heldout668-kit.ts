/** Held-out batch 668: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of data cells (`td`) or header cells (`th`). */
export const tr = (cells: readonly string[], tag: 'td' | 'th' = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** The gold text of a table data row: its cells joined with spaces. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
