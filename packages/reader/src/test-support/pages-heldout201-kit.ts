/**
 * Held-out batch 201, small helpers shared by its page files: paragraphs written as one template string (blank line
 * between paragraphs, white space collapsed), `<p>` and `<li>` lines, and `&` escaping for texts placed in HTML.
 */

/** Paragraphs of a template string, split at blank lines, white space collapsed. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `&` escaped for HTML. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;');

/** `<p>` lines with optional attributes. */
export const pLines = (a: readonly string[], attrs = ''): string => a.map((p) => `<p${attrs}>${p}</p>`).join('\n');

/** `<li>` lines with optional attributes, texts escaped. */
export const liLines = (a: readonly string[], attrs = ''): string => a.map((t) => `<li${attrs}>${esc(t)}</li>`).join('\n');
