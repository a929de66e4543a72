/** Held-out batch 347, shared helpers: long paragraphs written in pieces, and list items. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** Table rows: the cells of a row joined by a space in the gold, one `<td>` each in the page. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n');
export const rowTexts = (cells: readonly (readonly string[])[]): string[] => cells.map((r) => r.join(' '));
