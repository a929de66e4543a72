/** Held-out batch 386, small shared helpers: text joined from short pieces, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items written as HTML (entities already escaped), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** `<span>` or other plain furniture items, `&` escaped, each on its own line. */
export const tags = (items: readonly string[], tag: string, cls = ''): string =>
  items.map((t) => `<${tag}${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</${tag}>`).join('\n');
/** Table body rows: the first cell is a row header, every cell on its own line so the row reads as one spaced text. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows
    .map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('\n')}\n</tr>`)
    .join('\n');
/** The gold texts of table rows written with `trs`. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));
