/** Held-out batch 340, small shared helpers: paragraphs joined from pieces, `<li>` lines of plain items, JSON-LD scripts. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A JSON-LD `<script>` of an object. */
export const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
/** `<h2>` and `<p>` blocks of an article's sections; `[heading, paragraphs]` pairs, an empty heading for the lede. */
export const sections = (secs: readonly (readonly [string, readonly string[]])[], pAttrs = '', hAttrs = ''): string =>
  secs.map(([h, paras]) => `${h === '' ? '' : `<h2${hAttrs}>${h}</h2>\n`}${paras.map((p) => `<p${pAttrs}>${p}</p>`).join('\n')}`).join('\n');
