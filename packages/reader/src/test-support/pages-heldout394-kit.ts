/** Held-out batch 394, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<p>` lines of list items written as HTML (may hold inline tags), for README lists. */
export const lisHtml = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
