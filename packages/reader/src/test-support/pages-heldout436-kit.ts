/**
 * Held-out batch 436, small shared helpers: paragraphs written as wrapped text in a template literal (blank line between
 * paragraphs), one item a line, and `<li>` lines of plain items.
 */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
/** One text a line, blank lines skipped. */
export const rows = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
/** `<li>` lines of items (may hold inline HTML), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
