/**
 * Held-out batch 282, helpers: `pp` turns a template text of paragraphs (split by blank lines, each
 * written over several lines) into one string per paragraph, so long prose stays within the line limit.
 */
export const pp = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());

/** `<li>` items (with an optional class) of HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
