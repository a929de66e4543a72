/** Held-out batch 452, small shared helpers: text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items written as HTML (no escaping), each on its own line; `cls` is the class of each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
