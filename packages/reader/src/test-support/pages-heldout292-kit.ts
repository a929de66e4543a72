/** Held-out batch 292, small shared helpers: paragraphs written as one text block, and `<li>` lines of plain items. */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
