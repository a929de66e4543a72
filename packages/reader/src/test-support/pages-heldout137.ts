import type { TestPage } from './page-kit.js';
import { HELDOUT137_A } from './pages-heldout137-a.js';
import { HELDOUT137_B } from './pages-heldout137-b.js';
import { HELDOUT137_C } from './pages-heldout137-c.js';
import { HELDOUT137_D } from './pages-heldout137-d.js';
import { HELDOUT137_E } from './pages-heldout137-e.js';
import { HELDOUT137_F } from './pages-heldout137-f.js';

/**
 * Held-out batch 137, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress blog post with the Divi
 * theme, a WordPress post built with Elementor Pro on Hello Elementor, a beehiiv newsletter post on the web, a LinkedIn
 * newsletter article, a titled Micro.blog post with the Tiny Theme, an Eleventy (11ty) base blog post, a gatsby-starter-blog
 * post, an Astro blog-template post, a Webflow CMS blog post, a HubSpot CMS company blog post, a Shopify (Dawn) store blog
 * article and a Jekyll al-folio academic blog post (all blog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a subtitle or dek is body; reader comments and replies (the post author's own
 * replies too, and Micro.blog conversation replies) are furniture, the commenters' names and times furniture; an author's name
 * that is also the site title stays a byline where it is the post's author line and furniture where it is only the site name;
 * promos, calls to action and sponsor sections inside the article container are furniture; captions and image credits are
 * furniture; table data cells are body, table header cells and code blocks in neither list; footnotes of the post are body
 * (with the reference numbers glued to their sentences and the ↩ back links, as plain text gives them); tables of contents
 * that repeat the headings are left out; a permalink mark such as "∞" or "#" is left out; a furniture text repeated on the
 * page (a nav item that is also a footer link or a share label) is listed once, and a short furniture text that is exactly
 * a gold line (a table cell naming a product) is left out of the furniture.
 */
export const HELDOUT137_PAGES: readonly TestPage[] = [...HELDOUT137_A, ...HELDOUT137_B, ...HELDOUT137_C, ...HELDOUT137_D, ...HELDOUT137_E, ...HELDOUT137_F];
