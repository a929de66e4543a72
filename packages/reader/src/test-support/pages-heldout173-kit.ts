/**
 * Held-out batch 173, shared helpers: small HTML builders used by the batch's pages (paragraph runs with a class, list
 * items, link lists with a plain href) and the Medium story shell used by the Netflix TechBlog and Airbnb Tech Blog pages.
 */
export const pc = (items: readonly string[], cls: string): string => items.map((p) => `<p class="${cls}">${p}</p>`).join('\n');
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Anchors (no list items) for a nav or footer row, with a class on each. */
export const anchors = (items: readonly string[], cls: string, base = '/'): string =>
  items.map((t) => `<a class="${cls}" href="${base}${slug(t)}">${t.replace(/&/g, '&amp;')}</a>`).join('\n');
