/** Held-out batch 348, small shared helpers: paragraphs from a text block, and `<li>` lines of plain items. */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());
/** `<li>` lines of plain items (no links), each on its own line (`&` escaped). */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
