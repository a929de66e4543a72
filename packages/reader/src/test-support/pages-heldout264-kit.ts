/** Held-out batch 264: the pieces of one long paragraph, joined with single spaces (keeps source lines short). */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list, each item written as HTML. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** The texts once each, in first-seen order (a menu item repeated in the footer is listed once). */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
