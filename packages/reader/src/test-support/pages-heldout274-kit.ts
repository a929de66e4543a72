/**
 * Held-out batch 274, small shared helpers: `paras` splits a block of prose written across
 * several source lines into paragraphs (a blank line between two), joining each paragraph's
 * lines with one space, so long paragraphs stay under the line limit; `lis` makes `<li>` lines.
 */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` lines of plain items (no links); `cls` is the class of each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
