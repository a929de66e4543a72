/** Held-out batch 433, shared helper: long paragraphs written over several source lines, joined with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<tr>` rows of a table whose cells are data cells (`<td>`), each cell on its own line so plain texts stay apart. */
export const rows = (data: readonly (readonly string[])[]): string => data.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n');
