/**
 * Helpers of held-out batch 323: paragraphs written one after another in a template literal, and list items.
 */

/** Paragraphs separated by blank lines in one template literal, each with its white space collapsed. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` elements of list items (written as HTML). */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
