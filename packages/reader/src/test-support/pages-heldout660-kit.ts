/** Held-out batch 660: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The entry at `i` of a list of texts, or '' (for strict index access). */
export const at = (items: readonly string[], i: number): string => items[i] ?? '';

/** `<a>` links, one after the other, for footers and share bars that are not lists. */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a${cls === '' ? '' : ` class="${cls}"`} href="#">${t.replace(/&/g, '&amp;')}</a>`).join('\n');
