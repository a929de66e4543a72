/**
 * Held-out batch 110, shared helpers: article paragraphs written as blank-line separated blocks of one template literal
 * (so the prose stays readable and every line stays short), and `<li>` lines.
 */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` elements of the items, with optional attributes. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
