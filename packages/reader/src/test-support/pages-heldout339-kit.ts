/** Helpers of held-out batch 339: prose joined from short lines, list items and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` lines of a list written in the article. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** `<tr>` rows of a table, one cell a line so that cells stay apart in the plain text. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td', attrs = ''): string =>
  rows.map((r) => `<tr>\n${r.map((c) => `<${cell}${attrs}>${c}</${cell}>`).join('\n')}\n</tr>`).join('\n');
