/**
 * Held-out batch 216, helpers: paragraph texts written as one template literal (blank-line separated, white space
 * collapsed), and plain `<li>` lines.
 */
export const paras = (s: string): string[] =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

/** `<li>` lines holding the given HTML. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
