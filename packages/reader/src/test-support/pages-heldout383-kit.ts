/** Held-out batch 383: joins the pieces of one long paragraph written over several source lines. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML (the body's own lists, not menus). */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
