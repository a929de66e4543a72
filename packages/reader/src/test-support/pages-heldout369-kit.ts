/** Held-out batch 369: a long paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** Table rows whose cells are on separate lines, so each row's plain text reads as the cells joined by spaces. */
export const rows = (data: readonly (readonly string[])[], cell = 'td'): string =>
  data.map((r) => `<tr>\n${r.map((c) => `<${cell}>${c}</${cell}>`).join('\n')}\n</tr>`).join('\n');

/** The plain texts of table rows, as `rows` writes them. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => r.join(' ').replace(/&amp;/g, '&'));
