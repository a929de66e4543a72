/** Held-out batch 299: a paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list inside an article, from the same HTML strings the gold's body is made of. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
