/** Held-out batch 294, small shared helpers. */

/** Paragraphs written as one template string: blank lines separate paragraphs, line breaks inside one become spaces. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());

/** `<li>` lines of plain items (no links), `&` escaped. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
