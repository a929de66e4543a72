/** Held-out batch 412, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line; `&` escaped. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Plain `<a>` links (no list items), one a line; `&` escaped. */
export const as = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="#"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join('\n');
