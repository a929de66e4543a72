/** Held-out batch 640: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Entry `i` of a list of strings, or '' (for `noUncheckedIndexedAccess`). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
