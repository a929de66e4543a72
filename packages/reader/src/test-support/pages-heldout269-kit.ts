/** Held-out batch 269, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Blocks of one tag (h2, p, li...) with attributes, one a line. */
export const tags = (tag: string, items: readonly string[], attrs = ''): string => items.map((t) => `<${tag}${attrs}>${t}</${tag}>`).join('\n');
