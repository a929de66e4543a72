/** Held-out batch 243: a paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written as HTML, with an optional class. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
