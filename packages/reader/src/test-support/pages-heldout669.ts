import type { TestPage } from './page-kit.js';
import { HELDOUT669_A } from './pages-heldout669-a.js';
import { HELDOUT669_B } from './pages-heldout669-b.js';
import { HELDOUT669_C } from './pages-heldout669-c.js';
import { HELDOUT669_C2 } from './pages-heldout669-c2.js';
import { HELDOUT669_D } from './pages-heldout669-d.js';
import { HELDOUT669_D2 } from './pages-heldout669-d2.js';
import { HELDOUT669_E } from './pages-heldout669-e.js';
import { HELDOUT669_F } from './pages-heldout669-f.js';
import { HELDOUT669_F2 } from './pages-heldout669-f2.js';

/**
 * Held-out batch 669, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a lambing open day on a Squarespace
 * 7.1 events collection, a raw fleece for sale on WooCommerce (Storefront), a llama trek booking page on Wix with a Wix Bookings
 * service list, a kidding-season journal article on Shopify (Dawn) with comments, a goat's cheese course page built with
 * Elementor (Hello Elementor, Complianz banner), a long shearing-day diary on Ghost (Casper), a breed society's show results
 * on Drupal 10 (Olivero) with a results table, a llama health thread on Discourse (crawler view), a "meet the herd" page on
 * Webflow with a CMS collection list, a goat fencing post on Hugo (PaperMod), a fleece price list on an old hand-made table
 * layout (FrontPage, font tags, hit counter) and a sheep breed article on MediaWiki (Vector 2022, pinned menu and contents).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, lead or description under the h1 (Elementor lead, Ghost excerpt,
 * PaperMod description, Webflow lead) is body, a kicker above it ("The animals", Ghost's primary tag) furniture; an event's
 * date, time and address lines are body (the event's facts, not a publication date), its "(map)", calendar export links and
 * back / previous / next links furniture; a product's or service's price and duration are body, while stock lines, SKU,
 * category, tags, quantity labels and buy / book buttons are furniture, and WooCommerce tab titles and the "Description" h2
 * repeating the tab title are furniture; a listing of offers or animals (Wix Bookings services, the Webflow herd cards) has
 * its item names as headings and each item's meta line and text as body; a table's data rows are body, one entry a row with
 * its cells joined by a space, and its header row (th cells or the bold coloured first row of the table layout) is in no list,
 * while a furniture table's headers (Discourse's related topics) are furniture; on the table-layout page, which has no h1, the
 * big bold font line is the title and the contact e-mail under "How to order" is body; testimonials on a course page are
 * furniture; comments under an article are furniture with their authors and dates as bylines, and a commenter who is the
 * site itself (Nettlebank Goats) stays in furniture only; on the forum thread every post is body, user names and post times
 * are bylines, post numbers and like counts furniture; dates on related-post cards and Discourse's activity column are
 * bylines, reading times ("7 min read") furniture, while PaperMod's one-line meta (date · reading time · author) is a single
 * byline; screen-reader-only text (visually-hidden, screen-reader-text, elementor-screen-only) and skip links are furniture,
 * while text under the hidden attribute, style="display: none", aria-hidden="true", closed details, Webflow's w-form-done /
 * w-form-fail messages (hidden by the platform stylesheet) and MediaWiki's print-only footer is in no list; MediaWiki
 * reference markers stay in the body text as shown ("[1]"), the References heading and list, the infobox, edit links, the
 * sidebar contents with its numbers, categories and the "last edited" line's neighbours are furniture, and "This page was last
 * edited ..." is a byline; figure captions are furniture; form controls' values and placeholders are in no list, their
 * visible labels furniture.
 */
export const HELDOUT669_PAGES: readonly TestPage[] = [
  ...HELDOUT669_A,
  ...HELDOUT669_B,
  ...HELDOUT669_C,
  ...HELDOUT669_C2,
  ...HELDOUT669_D,
  ...HELDOUT669_D2,
  ...HELDOUT669_E,
  ...HELDOUT669_F,
  ...HELDOUT669_F2,
];
