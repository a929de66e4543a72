/** Held-out batch 321, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and `<ul>` lists. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<li>` lines of items written as HTML already. */
export const lih = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
