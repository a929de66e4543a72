/**
 * Held-out batch 128, kit: a helper for writing posts as prose. `paras` splits a template literal at blank lines into
 * paragraph HTML strings (white space collapsed), so the same strings feed the page HTML and, through `texts()`, the gold.
 */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` items of the strings, joined with new lines. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
