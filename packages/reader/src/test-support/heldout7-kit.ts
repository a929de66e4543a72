/**
 * Menu, rail and footer links for the held-out batch 7 pages: `<li><a>` items (`&` escaped) built
 * from the same arrays the pages' furniture lists are made of, so HTML and gold agree exactly.
 */
export const links = (items: readonly string[], cls = ''): string =>
  items
    .map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}><a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`)
    .join('\n');
