/** Held-out batch 265: a helper that joins the source lines of one paragraph with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written as HTML, with an optional class. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
