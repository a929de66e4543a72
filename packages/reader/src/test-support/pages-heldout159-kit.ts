/**
 * Held-out batch 159, text helpers: the article paragraphs of a page are written as one block (paragraphs split by a blank
 * line, lines joined by a space) and furniture as one text a line, so the HTML and the gold are built from the same strings.
 */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));

/** The lines of a block, trimmed, one furniture text (or list item) a line. */
export const lines = (s: string): string[] =>
  s
    .trim()
    .split('\n')
    .map((l) => l.trim());

/** `<li>` items of a list, with an optional class. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
