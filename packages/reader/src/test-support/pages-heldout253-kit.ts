/** Small helpers shared by the files of held-out batch 253. */

/** Pieces of one paragraph, written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items, each with an optional class, from HTML strings (the same strings the gold's `texts()` reads). */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
