/**
 * Held-out batch 136, small helpers: article paragraphs and item lists written as template text (so that long texts need
 * no string concatenation), turned into the arrays that `ps`, `links` and `texts` of page-kit.ts take.
 */

/** Paragraphs separated by blank lines; the line breaks inside a paragraph become spaces. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());

/** One item a line, blank lines left out. */
export const items = (s: string): string[] =>
  s
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<li>` items (no links), with an optional class. */
export const lis = (a: readonly string[], cls = ''): string => a.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The texts without repeats, in first-seen order (a furniture list names each distinct text once). */
export const uniq = (a: readonly string[]): string[] => [...new Set(a)];
