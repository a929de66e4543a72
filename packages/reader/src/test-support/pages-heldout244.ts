import type { TestPage } from './page-kit.js';
import { HELDOUT244_A } from './pages-heldout244-a.js';
import { HELDOUT244_B } from './pages-heldout244-b.js';
import { HELDOUT244_C } from './pages-heldout244-c.js';
import { HELDOUT244_D } from './pages-heldout244-d.js';
import { HELDOUT244_E } from './pages-heldout244-e.js';
import { HELDOUT244_F } from './pages-heldout244-f.js';

/**
 * Held-out batch 244, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Spanish regional daily on a
 * Vocento-style template, a German local news site on a Funke-style template, a French regional paper on an Ouest-France-style
 * template, a Brazilian Portuguese news portal on a G1/Globo-style template, an Italian news agency article on an ANSA-style
 * template, a Dutch public broadcaster's article on an NOS-style Next.js template (styled-components class names), a German
 * WordPress food blog with a WP Recipe Maker card and comments, a Spanish travel blog on Blogger with comments and widgets,
 * a French government information page on a service-public-style DSFR template with accordions and a table, a Portuguese
 * tech blog post on Medium (React markup with generated class names and a code block), a Polish news portal article on an
 * Onet-style template with a table, and a Swedish municipality's news page on Sitevision whose main text is short.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: every text is in the page's language; a standfirst / subtitle / lead / ingress
 * (Vocento's subtítulo, Funke's intro, the chapô, G1's subtitle, ANSA's news-stit, Medium's subtitle, the Polish lead) is
 * body, even where the template marks it up as an h2; a kicker inside the h1 (Funke) is part of the title as the h1 shows
 * it, an antetítulo or category label outside the h1 is furniture; a dateline written into the first paragraph (ANSA's
 * "(NSA) - VESSANO, 18 SET -") stays in the body, a dateline in the byline block is a byline; reading times, comment counts,
 * clap counts and "Aktualisiert"-style labels without a date are furniture unless they carry the date; the WP Recipe Maker
 * card's name, summary, ingredients, steps and notes are body and its h3 labels (Zutaten, Zubereitung, Notizen) are
 * headings, while its rating, times, servings, pin and call-to-action are furniture; table data cells on the docs and Polish
 * pages are body, header cells in neither list; the service-public accordion titles are headings and their collapsed
 * content is body; Medium's code block is one body text; comments on articles and blog posts are furniture, the blog
 * author's reply included; a nav or tag text that also occurs as a word inside a body text is left out of the furniture.
 */
export const HELDOUT244_PAGES: readonly TestPage[] = [...HELDOUT244_A, ...HELDOUT244_B, ...HELDOUT244_C, ...HELDOUT244_D, ...HELDOUT244_E, ...HELDOUT244_F];
