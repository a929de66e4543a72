/** Held-out batch 441, small shared helpers: paragraph text joined from short pieces, `<li>` lines, and a section's HTML. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
