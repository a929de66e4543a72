/** Held-out batch 674: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<a>` links (no list items) with `&` escaped, for menus built from bare anchors. */
export const as = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="#"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join('\n');

/** The entry at `i` of a list, or '' (for strict index access). */
export const at = (list: readonly string[], i: number): string => list[i] ?? '';
