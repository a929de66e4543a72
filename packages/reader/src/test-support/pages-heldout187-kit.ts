/**
 * Held-out batch 187, small writing helpers: prose written as blank-line separated paragraphs in a template literal, and
 * furniture written one text a line, so the page files stay short and the gold and the HTML come from the same strings.
 */

/** Paragraphs of a template literal, split at blank lines, each with its line breaks folded to spaces. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());

/** Non-empty trimmed lines of a template literal. */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** `&`, `<` and `>` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<li>` elements with the given attributes around each (already HTML) item. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
