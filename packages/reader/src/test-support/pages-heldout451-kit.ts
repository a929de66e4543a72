/** Held-out batch 451, small shared helpers: paragraph text joined from short pieces, and `<li>` lines. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items written as HTML (entities already escaped), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
