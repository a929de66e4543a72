/** Held-out batch 401, small shared helpers: paragraph text joined from short pieces, and `<li>` lines. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** `<tr>` rows of data cells. */
export const rows = (cells: readonly (readonly string[])[]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
