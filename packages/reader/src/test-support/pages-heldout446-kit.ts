/** Held-out batch 446, small shared helpers: joined text pieces, paragraphs from a text block, `<li>` lines and table rows. */
export const j = (...parts: string[]): string => parts.join(' ');
/** Paragraphs of a text block: blank lines part paragraphs, line breaks inside one become spaces. */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<tr>` lines of a table's data rows, cells parted by a space so a row's plain text is its cells joined by spaces. */
export const rows = (data: readonly (readonly string[])[], cell = 'td'): string =>
  data.map((r) => `<tr>${r.map((c) => `<${cell}>${c.replace(/&/g, '&amp;')}</${cell}>`).join(' ')}</tr>`).join('\n');
/** The gold texts of table rows: the cells of each row joined by a space. */
export const rowTexts = (data: readonly (readonly string[])[]): string[] => data.map((r) => r.join(' '));
