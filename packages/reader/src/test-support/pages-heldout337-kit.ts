/** Held-out batch 337, shared helpers: `j` joins the pieces of a long paragraph with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<li>` items without links, for lists in an article body or a details panel. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
