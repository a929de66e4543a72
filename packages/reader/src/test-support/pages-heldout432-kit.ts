/** Held-out batch 432, small shared helpers: paragraph text joined from short pieces, and `<li>` lines. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items (no links), each on its own line; `cls` is the class of each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
