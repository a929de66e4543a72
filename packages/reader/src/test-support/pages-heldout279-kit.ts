/** Held-out batch 279, small shared helpers: paragraph text joined from short pieces, `<li>` lines and MediaWiki headings. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A MediaWiki section anchor made from a heading text. */
export const anchor = (t: string): string => t.replace(/ /g, '_').replace(/[^A-Za-z0-9_.-]/g, '');
/** A MediaWiki (1.42+) section heading with its "[edit]" link; `page` is the page's URL title. */
export const mwH = (n: 2 | 3, t: string, page: string, sec: number, edit = 'edit'): string =>
  `<div class="mw-heading mw-heading${n}"><h${n} id="${anchor(t)}">${t}</h${n}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=${page}&amp;action=edit&amp;section=${sec}" title="Edit section: ${t}">${edit}</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
