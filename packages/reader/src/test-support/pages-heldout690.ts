import type { TestPage } from './page-kit.js';
import { HELDOUT690_A } from './pages-heldout690-a.js';
import { HELDOUT690_B } from './pages-heldout690-b.js';
import { HELDOUT690_B2 } from './pages-heldout690-b2.js';
import { HELDOUT690_C } from './pages-heldout690-c.js';
import { HELDOUT690_D } from './pages-heldout690-d.js';
import { HELDOUT690_E } from './pages-heldout690-e.js';
import { HELDOUT690_F } from './pages-heldout690-f.js';

/**
 * Held-out batch 690, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cycling club's Sunday ride page on
 * WordPress (GeneratePress with The Events Calendar), a bike shop's bike fit service page on Shopify (Dawn), a long sportive
 * report on Ghost (Casper) with a read-more rail, a club forum thread on tubeless sealant on Discourse (crawler view), a bike
 * shop's winter maintenance journal post on Squarespace 7.1, a club's join page built with Wix, a club wiki page on group
 * riding signals on MediaWiki (Vector legacy) with a table, a wheel building service page on Webflow with an enquiry form, a
 * regional association's criterium series news article on Drupal 10 (Olivero), a club time trial results post on Hugo
 * (PaperMod) with a results table, a workshop price page built with Elementor (Hello Elementor, Pro price list widget) and an
 * audax permanent route page on an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Ghost's excerpt, Webflow's hero paragraph) is
 * body; an event page's schedule line under the h1 (The Events Calendar) is body, while its Details / Organiser / Venue meta
 * box, its "This event has passed." notice, event navigation and "Add to calendar" button are furniture; table data rows are
 * body, one entry a row with its cells joined by " | ", and header rows (th cells, or the old layout's bold td header row) are
 * in neither list; an Elementor price list item (name, price, description) is one body entry, its parts joined by spaces;
 * list items and FAQ answers that start with a bold label are one entry with the label; headings written as numbered h3s in
 * the Squarespace post are headings; a wiki's "See also" links are body list items under their heading, while its table of
 * contents (numbers and "Contents"), "edit" links and category links are furniture and its "last edited" line a byline; on
 * the Discourse thread every post is body (a quoted passage too), user names, post times and the quote's "user:" header are
 * bylines, and post numbers, like counts, tags, the category badge and the related-topics table are furniture; any date line
 * on the page is a byline, including the dates of read-more cards and related topics (reading times are furniture); an
 * organiser's contact line inside the article is body; text only for screen readers (skip links, visually-hidden labels,
 * MediaWiki's jump links and "Navigation menu", Wix's "top of page" / "bottom of page") is furniture, while text the platform's
 * stylesheet sets to display:none (MediaWiki's printfooter, Webflow's form success and failure messages) and hidden dropdowns
 * are in no list; an enquiry form's labels are furniture, its option texts and button values in no list; figure captions,
 * photo credits, testimonials and cookie banners are furniture; a furniture text that equals a word or a phrase of the title,
 * a heading or a body entry (menu items such as Rides, Home, Wheels, Workshop, Racing, Clubs, About) is left out.
 */
export const HELDOUT690_PAGES: readonly TestPage[] = [
  ...HELDOUT690_A,
  ...HELDOUT690_B,
  ...HELDOUT690_B2,
  ...HELDOUT690_C,
  ...HELDOUT690_D,
  ...HELDOUT690_E,
  ...HELDOUT690_F,
];
