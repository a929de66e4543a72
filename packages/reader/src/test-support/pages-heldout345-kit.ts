/** Helpers of held-out batch 345: `j` joins source lines of one paragraph with spaces; `lis` wraps HTML strings in `<li>`. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<td>` cells of table rows. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
