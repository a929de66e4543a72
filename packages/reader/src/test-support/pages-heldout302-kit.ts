/** Held-out batch 302: small helpers shared by its page files. */

/** Pieces of one paragraph, written on several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items, with optional attributes on each. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
