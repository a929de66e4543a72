import type { TestPage } from './page-kit.js';
import { HELDOUT522_A } from './pages-heldout522-a.js';
import { HELDOUT522_A2 } from './pages-heldout522-a2.js';
import { HELDOUT522_B } from './pages-heldout522-b.js';
import { HELDOUT522_C } from './pages-heldout522-c.js';
import { HELDOUT522_D } from './pages-heldout522-d.js';
import { HELDOUT522_E } from './pages-heldout522-e.js';
import { HELDOUT522_F } from './pages-heldout522-f.js';

/**
 * Held-out batch 522, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a 24/7 emergency locksmith call-out
 * page built with Elementor (Hello Elementor, Elementor Pro header and footer, Complianz banner) with a price table and a
 * testimonial carousel, a front door lock buyer's guide on a Shopify store blog (Dawn) with a "Shop the guide" product block,
 * a glazing quote request page on Wix with a Wix Forms form, a burglar alarm FAQ on HubSpot CMS with an accordion module, a
 * locksmith firm's blog post on Ghost (Casper) with Portal signup and read-more cards, a glazier's project blog post on
 * Squarespace 7.1 with an image caption, share buttons and prev/next links, an alarm installer's case study on Webflow with a
 * newsletter form, a trade forum thread on Discourse (crawler view) with related topics, a glazing trade news article on
 * Next.js with an inline "Read more" link, an inline newsletter box and a most-read rail, a locksmithing wiki page on MediaWiki
 * (Vector) with an infobox and contents box, a glazier's emergency board-up page on an old hand-made table layout, and an
 * alarm panel how-to on a Hugo site with the Docsy theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: service, FAQ, quote and how-to pages are kind 'docs'; a dek, standfirst, excerpt or
 * lead under the h1 is body; a table data row is one body entry, its cells joined by spaces, and table header cells are in
 * neither list (a related-topics table outside the article is furniture, header cells included); FAQ questions are headings
 * and their answers body, including answers collapsed by the accordion's CSS only (not `hidden`); a callout's title rendered as
 * an h4 inside the article (Docsy's "Note") is a heading and its text body; a paragraph in italics giving the price conditions
 * under a price table is body; call buttons and phone numbers in headers ("Call now", "Call 01632 960418"), trust badges and
 * testimonials on a service page are furniture, while a sentence of the body that gives the phone number is body; a quote
 * form's field labels and button labels are furniture; texts hidden only by the platform's own stylesheet or an inline style
 * (Webflow's w-form-done / w-form-fail messages, Docsy's feedback responses, Wix's invisible form success message,
 * MediaWiki's printfooter) are in no
 * list, as are aria-hidden icons; an author name, a date, a reading time ("• 5 min read"), a MediaWiki "last edited" footer line
 * and a Docsy "Last modified" line are bylines; on the forum thread every post is body and each user name and post time a
 * byline, while like counts and post numbers are furniture; a wiki infobox's labels and values, its contents box heading,
 * "edit" links and categories are furniture, and contents entries repeating the headings are left out; the category kicker
 * above a news headline, tags, captions with their credits and inline "Read more:" links are furniture; code blocks are in no
 * list; the hit counter image is in no list, the words around it furniture.
 */
export const HELDOUT522_PAGES: readonly TestPage[] = [
  ...HELDOUT522_A,
  ...HELDOUT522_A2,
  ...HELDOUT522_B,
  ...HELDOUT522_C,
  ...HELDOUT522_D,
  ...HELDOUT522_E,
  ...HELDOUT522_F,
];
