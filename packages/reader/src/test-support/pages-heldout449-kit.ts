/** Helpers of held-out batch 449: long paragraphs written in short source lines, and list items. */

/** Joins the pieces of a long paragraph with single spaces, so that no source line grows past the limit. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items, with `attrs` on each. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
