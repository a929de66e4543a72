/** Small helpers of held-out batch 440: joined prose lines and table rows whose cells stay space-separated in plain text. */
export const j = (...parts: string[]): string => parts.join(' ');

/** A `<tr>` of data cells, one cell a line, so the row's plain text is its cells joined by spaces. */
export const tr = (cells: readonly string[], cls = ''): string =>
  `<tr${cls === '' ? '' : ` class="${cls}"`}>\n${cells.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`;

/** The plain text of a row made by `tr`. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
