/** Held-out batch 311 helpers: `j` joins the pieces of one long paragraph, `lis` makes plain `<li>` items. */
export const j = (...parts: string[]): string => parts.join(' ');
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
