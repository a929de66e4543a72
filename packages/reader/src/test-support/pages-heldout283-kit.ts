/** Helpers of held-out batch 283: `j` joins the pieces of a long paragraph, `lis` writes plain `<li>` items. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of the items, with `cls` as their class when given. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
