/** Helpers of held-out batch 366: text joined from lines, and definition-list rows whose values are body and labels neither. */
export const j = (...parts: string[]): string => parts.join(' ');

/** A data row: its label (in neither gold list) and its value (body). */
export type Row = readonly [label: string, value: string];

/** `<dt>`/`<dd>` pairs of rows, with the classes a template gives them. */
export const dl = (rows: readonly Row[], dt = '', dd = ''): string =>
  rows.map(([l, v]) => `<dt${dt === '' ? '' : ` class="${dt}"`}>${l}</dt>\n<dd${dd === '' ? '' : ` class="${dd}"`}>${v}</dd>`).join('\n');

/** The values of rows (the body part of a data block). */
export const vals = (rows: readonly Row[]): string[] => rows.map(([, v]) => v);

/** `<li>` items of a list. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
