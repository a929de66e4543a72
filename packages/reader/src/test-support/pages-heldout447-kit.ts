/** Held-out batch 447, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and stats-table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` lines of a stats table: the first cell a `<th>` when `head` is set, cells on their own lines so plain text spaces them. */
export const rows = (data: readonly (readonly string[])[], cls = '', head = false): string =>
  data
    .map(
      (r) =>
        `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${r
          .map((c, i) => (head && i === 0 ? `<th scope="row">${c.replace(/&/g, '&amp;')}</th>` : `<td>${c.replace(/&/g, '&amp;')}</td>`))
          .join('\n')}\n</tr>`,
    )
    .join('\n');
/** The gold texts of stats-table rows: the cells of a row joined by spaces. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => r.join(' '));
