/** Held-out batch 471: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** An entry of an array that must be there (the pages index their own arrays). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';
