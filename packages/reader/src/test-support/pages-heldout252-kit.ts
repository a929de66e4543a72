/** Held-out batch 252, small shared helpers: paragraph text joined from short pieces, `<li>` lines, and the gold filter. */
export const j = (...parts: string[]): string => parts.join(' ');
/** Pieces joined without spaces, for Japanese, Chinese and Thai text that has no spaces between words. */
export const jc = (...parts: string[]): string => parts.join('');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Furniture texts of more than two letters (menus in Japanese or Chinese often have two-character items, left out of gold). */
export const long = (items: readonly string[]): string[] => items.filter((t) => [...t.trim()].length > 2);
