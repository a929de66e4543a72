/** Held-out batch 396: joins the pieces of a long paragraph with spaces, to keep source lines short. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<td>` cells of one table row, a line each so the page's plain text keeps them apart. */
export const row = (cells: readonly string[], first = 'th'): string =>
  `<tr>\n${cells.map((c, i) => (i === 0 && first === 'th' ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('\n')}\n</tr>`;
