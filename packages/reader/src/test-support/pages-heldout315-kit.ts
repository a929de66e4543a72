/** Held-out batch 315's helpers: `j` joins the pieces of a long paragraph with spaces, so lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written as HTML, with `cls` on each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
