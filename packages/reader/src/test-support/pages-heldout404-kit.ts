/** Held-out batch 404, small shared helpers. */

/** Paragraphs written as one block, separated by blank lines, each folded onto a single line. */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
