/** Joins the pieces of one long paragraph with spaces, so the source lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items with plain text (no links), for lists inside furniture. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
