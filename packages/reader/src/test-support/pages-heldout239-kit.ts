/** Held-out batch 239: joins the pieces of a long paragraph written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<td>` cells of one table row, each on its own line. */
export const row = (cells: readonly string[]): string => `<tr>\n${cells.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`;
