/** Held-out batch 666: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** An entry of a string list that must exist (for the strict index checks). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';

/** HTML-escape the ampersands of a plain text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');
