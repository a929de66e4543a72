/**
 * Held-out batch 147, helpers: paragraphs written as one block of text with a blank line between them (line breaks inside
 * a paragraph are spaces), so the article texts stay short-lined in the source files.
 */
export const paras = (block: string): string[] =>
  block
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '));

/** `<li>` lines of plain texts (no links), `cls` the class of each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
