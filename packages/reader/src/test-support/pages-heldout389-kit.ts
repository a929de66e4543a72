/** Held-out batch 389, small shared helpers: paragraph text joined from short pieces, and `<li>` lines. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** The furniture texts that do not also occur inside a body text (case-insensitively): the batch's rule for shared texts. */
export const outside = (body: readonly string[], furniture: readonly string[]): string[] =>
  furniture.filter((f) => !body.some((b) => b.toLowerCase().includes(f.toLowerCase())));
