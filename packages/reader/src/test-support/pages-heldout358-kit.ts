/** Helpers of held-out batch 358: `j` joins the source lines of one paragraph with spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML. */
export const lis = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
