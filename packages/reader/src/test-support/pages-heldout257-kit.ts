/** Held-out batch 257: joins the pieces of a long paragraph written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<td>` cells of a table row. */
export const tds = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
