/** Held-out batch 247: small helpers shared by the batch's files (no rules of the reader, only HTML building). */

/** Pieces of one paragraph joined with spaces, so long prose stays within the line limit. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written inside an article (not links). */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** `<tr>` rows of data cells, one cell a line so the plain text keeps the cells apart. */
export const rows = (data: readonly (readonly string[])[], cell = 'td'): string =>
  data.map((r) => `<tr>\n${r.map((c) => `<${cell}>${c}</${cell}>`).join('\n')}\n</tr>`).join('\n');
