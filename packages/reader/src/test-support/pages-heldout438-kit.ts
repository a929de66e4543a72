/** Helpers of held-out batch 438: `j` joins long source lines into one paragraph, `row` writes a table row whose cells plain() joins with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** A `<tr>` of `<td>` cells separated by white space, so the row's plain text is its cells joined by single spaces. */
export const row = (cells: readonly string[]): string => `<tr>\n${cells.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`;

/** The plain text of a row written by `row`. */
export const rowText = (cells: readonly string[]): string => cells.join(' ');
