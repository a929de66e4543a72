/** Held-out batch 258, small shared helpers: paragraph text joined from short pieces, and `<li>` lines of plain items. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** The texts without repeats, in first-seen order (a furniture text listed once though a page shows it twice). */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
