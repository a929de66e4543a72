/** Held-out batch 472: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A label / value pair of a vehicle's spec list or a station's facts. */
export type Pair = readonly [string, string];

/** The gold text of a pair: label and value joined with a space, as a reader sees the row. */
export const pairText = (p: Pair): string => `${p[0]} ${p[1]}`;

/** `<li>` items of pairs, label and value in their own spans with the classes given. */
export const pairLis = (pairs: readonly Pair[], li: string, k: string, v: string): string =>
  pairs.map(([a, b]) => `<li class="${li}"><span class="${k}">${a}</span> <span class="${v}">${b}</span></li>`).join('\n');

/** `<tr>` rows of table data cells. */
export const trs = (rows: readonly (readonly string[])[], td = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${td === '' ? '' : ` class="${td}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table data row: its cells joined with a space. */
export const rowText = (r: readonly string[]): string => r.join(' ');
