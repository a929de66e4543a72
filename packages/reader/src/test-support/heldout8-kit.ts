/** Helpers for held-out batch 8: link lists for menus, rails and footers, and e-mail line wrapping. */

/** A URL path piece made from a link text. */
export const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `<li><a>` lines of a menu or link list; `cls` is the class of each `<li>`. */
export const links = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}><a href="/${slug(t)}">${t}</a></li>`).join('\n');

/** Text wrapped at `width` columns, as a mail archive shows a message in its `<pre>`. */
export function wrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
