/** Held-out batch 445 helpers: `j` joins the source lines of one long paragraph with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of an article list (body text), with an optional class on each item. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
