/** Held-out batch 418, small shared helpers: paragraph text joined from short pieces, `<li>` lines and heading sections. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A section: its heading and its paragraphs, as written into one page. */
export type Sec = readonly [string, readonly string[]];
/** The headings of sections. */
export const heads = (secs: readonly Sec[]): string[] => secs.map((s) => s[0]);
/** The paragraphs of sections, in order. */
export const paras = (secs: readonly Sec[]): string[] => secs.flatMap((s) => [...s[1]]);
