/** Helpers of held-out batch 285: `j` joins the pieces of a long paragraph with spaces; `lis` writes `<li>` items. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML, with `attrs` on each `<li>`. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
