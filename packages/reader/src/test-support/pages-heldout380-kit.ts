/** Helpers of held-out batch 380: long paragraphs written in pieces, and list items. */

/** The pieces of one paragraph joined by spaces, so long prose stays within the line width. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
