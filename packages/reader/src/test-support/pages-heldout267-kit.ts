/** Held-out batch 267, small shared helpers: paragraph text joined from short pieces, and `<li>` lines. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of HTML items, each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** `<a>` links on one line, separated by a space, for footers and tag rows (`&` escaped). */
export const anchors = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<a href="#"${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</a>`).join(' ');
