/** Held-out batch 531: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The entry at `i` of a list of texts (empty when out of range), for strict index access. */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** Entries of `list` whose positions are not in `skip` (the headings kept in the same array as the body). */
export const except = (list: readonly string[], skip: readonly number[]): string[] => list.filter((_, i) => !skip.includes(i));
