/** Held-out batch 624: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** Entry `i` of a list of strings, or '' past its end (for noUncheckedIndexedAccess). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** The entries of a list whose indexes are not in `skip` (the body once the headings are taken out). */
export const except = (list: readonly string[], skip: readonly number[]): string[] => list.filter((_, i) => !skip.includes(i));
