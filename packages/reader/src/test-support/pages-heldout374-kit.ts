/** Held-out batch 374, small shared helpers. */
/** Paragraph texts from a block in which paragraphs are separated by blank lines (white space collapsed). */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());
/** `<li>` lines of plain items (no links). */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** Opening-hours rows as `[day, hours]` pairs, and their body texts ("Monday 9am to 5pm"). */
export type Hours = readonly (readonly [string, string])[];
export const hoursText = (h: Hours): string[] => h.map(([d, t]) => `${d} ${t}`);
