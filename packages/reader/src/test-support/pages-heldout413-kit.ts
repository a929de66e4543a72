/** Held-out batch 413, small shared helpers: `<li>` lines of plain items (no links), and a list of labelled values. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** `<h2>` or `<h3>` heading followed by its paragraphs or list, as an article section. */
export const sec = (tag: string, heading: string, inner: string, attrs = ''): string => `<${tag}${attrs}>${heading}</${tag}>\n${inner}`;
