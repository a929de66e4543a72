/** Held-out batch 388, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and `<dt>/<dd>` rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** Label / value pairs of a tombstone; the values are article text, the labels neither article nor furniture. */
export type Row = readonly [label: string, value: string];
/** The values of tombstone rows. */
export const values = (rows: readonly Row[]): string[] => rows.map(([, v]) => v);
