import type { TestPage } from './page-kit.js';
import { HELDOUT506_A } from './pages-heldout506-a.js';
import { HELDOUT506_B } from './pages-heldout506-b.js';
import { HELDOUT506_C } from './pages-heldout506-c.js';
import { HELDOUT506_D } from './pages-heldout506-d.js';
import { HELDOUT506_E } from './pages-heldout506-e.js';
import { HELDOUT506_E2 } from './pages-heldout506-e2.js';
import { HELDOUT506_F } from './pages-heldout506-f.js';

/**
 * Held-out batch 506, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a seaside gallery's exhibition page on
 * WordPress (Astra) with a captioned block gallery, sidebar and Complianz banner; a potter's artist statement on Squarespace 7.1;
 * an open-studios listing (a view of studio teasers with filters and pager) on Drupal 10 (Olivero); a linocut print item on
 * Shopify (Dawn) with price, cart buttons, shipping accordion and recommendations; a mural call for artists on Wix with an
 * application form and consent banner; a residency announcement on Ghost (Casper) with member sign-up and read-more cards; a
 * gallery technician's journal essay on Webflow (CMS template); a sculptor's CV on WordPress with Elementor (Hello theme); a
 * printmakers' forum thread on Discourse; an artist-run collective's article on a MediaWiki wiki (Vector 2022, infobox); a print
 * fair page on Next.js (App Router, Tailwind); and a 2002 exhibition archive page on a hand-made table layout with font tags.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; an exhibition's or event's own dates and
 * venue line under the title (Astra, the table-layout archive) are body, not bylines, since they are facts of the show, not
 * publication dates; an artist's signature line closing a statement ("— Wren Calloway, ...") is a byline; a listing's item
 * names are headings and each item's place / medium line and summary are body; a product page's description and its spec
 * list (size, paper, edition) are body, while the product type label, price, tax line, quantity and cart buttons are
 * furniture, and the shop's shipping-and-returns text in a closed accordion is furniture (closed `<details>` and collapsed
 * menus count as visible furniture, not hidden text); a CV's entries are body items under their section headings; a form's
 * field labels and button labels are furniture and select options are form values (in no list); a forum thread's posts are
 * body, their user names and post dates bylines, like counts and reply buttons furniture; dates of related or suggested items
 * (Ghost read-more cards, Discourse suggested topics) are bylines; a furniture table's header cells (Discourse suggested topics)
 * are furniture, while a MediaWiki infobox is read as a table of the article: its data cells are body (before the lead, in
 * page order), its label cells and its heading (equal to the title) in no list, its image caption furniture; MediaWiki's "See
 * also" heading and list are heading and body, the "last edited" line a byline, the print-only "Retrieved from" footer in no
 * list; a Ghost author name and reading time are byline and furniture; "screen-reader only" texts (visually-hidden skip links,
 * menu and search labels, pagination labels) are furniture, while elements with the `hidden` attribute or inline
 * display:none are in no list; Webflow's form success and failure messages (hidden only by the site stylesheet) are furniture;
 * the table-layout page's bold "Selected works" label is read as a heading and its "·" list lines are body with the dot kept;
 * a number or word that also occurs as a word of the body (a pager "2", a menu "Work", a category "Skerrisford") is left out.
 */
export const HELDOUT506_PAGES: readonly TestPage[] = [
  ...HELDOUT506_A,
  ...HELDOUT506_B,
  ...HELDOUT506_C,
  ...HELDOUT506_D,
  ...HELDOUT506_E,
  ...HELDOUT506_E2,
  ...HELDOUT506_F,
];
