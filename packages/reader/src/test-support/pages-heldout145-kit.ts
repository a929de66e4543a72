/**
 * Held-out batch 145, shared pieces of the MediaWiki pages: section headings with their "[edit]" links as the parser
 * writes them today (a `div.mw-heading` around the `<h2>` with the edit link beside it), and a furniture list helper that
 * drops repeats and any text that is also a gold line of the page.
 */

/** The id MediaWiki gives a heading (spaces to underscores, a few characters escaped). */
export const hid = (t: string): string => t.replace(/ /g, '_').replace(/'/g, '.27').replace(/,/g, '.2C');

/** A parser-output section heading with its edit link (the section number is the `section=` of the link). */
export const mwh = (level: 2 | 3 | 4, text: string, title: string, section: number, editWord = 'edit'): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${hid(text)}">${text}</h${level}><span class="mw-editsection">` +
  `<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=${title}&amp;action=edit&amp;section=${section}" ` +
  `title="Edit section: ${text}"><span>${editWord}</span></a><span class="mw-editsection-bracket">]</span></span></div>`;

/** Furniture texts without repeats (case-insensitive) and without any text equal to a gold line. */
export function furnish(gold: readonly string[], ...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set(gold.map((g) => g.replace(/\s+/g, ' ').trim().toLowerCase()));
  const out: string[] = [];
  for (const list of lists)
    for (const t of list) {
      const k = t.replace(/\s+/g, ' ').trim().toLowerCase();
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      out.push(t);
    }
  return out;
}

/** A `<ul>` of MediaWiki portlet items (`li.mw-list-item`, link text in a `<span>`), ids made from the texts. */
export const mwItems = (items: readonly string[], prefix: string): string =>
  items
    .map((t) => {
      const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return `<li id="${prefix}-${id}" class="mw-list-item"><a href="/wiki/Special:${id}" title="${t}"><span>${t}</span></a></li>`;
    })
    .join('\n');
