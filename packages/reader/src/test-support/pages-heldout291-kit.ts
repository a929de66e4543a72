/** Held-out batch 291, small shared helpers: `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` rows of a table, cells separated by new lines so that the plain text keeps a space between them. */
export const rows = (rs: readonly (readonly string[])[], first = 'th'): string =>
  rs.map((r) => `<tr>\n${r.map((c, i) => (i === 0 ? `<${first} scope="row">${c}</${first}>` : `<td>${c}</td>`)).join('\n')}\n</tr>`).join('\n');
/** The plain text of a table row as the gold lists it: its cells joined by spaces. */
export const rowText = (r: readonly string[]): string => r.join(' ').replace(/&amp;/g, '&');
