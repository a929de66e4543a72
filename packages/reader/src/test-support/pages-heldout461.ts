import type { TestPage } from './page-kit.js';
import { HELDOUT461_A } from './pages-heldout461-a.js';
import { HELDOUT461_A2 } from './pages-heldout461-a2.js';
import { HELDOUT461_B } from './pages-heldout461-b.js';
import { HELDOUT461_B2 } from './pages-heldout461-b2.js';
import { HELDOUT461_C } from './pages-heldout461-c.js';
import { HELDOUT461_C2 } from './pages-heldout461-c2.js';
import { HELDOUT461_D } from './pages-heldout461-d.js';
import { HELDOUT461_E } from './pages-heldout461-e.js';
import { HELDOUT461_F } from './pages-heldout461-f.js';

/**
 * Held-out batch 461, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a watch review on a WordPress blog
 * (GeneratePress) with a spec table, sidebar and comments, a fountain pen maker's history on Ghost (Casper) with a read-more
 * rail and subscribe box, an auction lot page on Drupal with an estimate and bid panel, a watch servicing thread on XenForo 2
 * with a quote, signatures and reactions, a fountain pen product page on Shopify (Dawn) with variants and a spec table, a
 * movement servicing guide on MediaWiki (Vector 2022) with a table of contents and a lubrication table, a collector's post on
 * Blogger (Contempo) with comments and an archive, a pen review on Squarespace 7.1 with a newsletter footer, a pen repair
 * thread on phpBB 3.3 (prosilver), a piston servicing guide on Hugo (Docsy) with a warning callout and feedback box, a watch
 * brand's history page built with Wix, and a pre-owned watch product page on WooCommerce (Storefront) with tabs.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or product short description under the h1 is body; a spec or
 * attribute table row (a th label and a td value) is one body entry, label and value joined by a space, and a data table's row
 * is one entry of its cells joined by a space, header rows in neither list; blocks separated by <br><br> (forum posts,
 * Blogger posts) are one body entry each; in a forum thread every post's text is body, a quoted passage inside a reply is one
 * body entry, its "X said:" / "X wrote:" line a byline, the user names, post dates and the "by" label bylines, while user
 * titles and ranks, join dates, post counts, signatures, reaction lists, post numbers, "Re:" subject lines and action links are
 * furniture; labels of byline lines ("Posted by", "Written By", "by") are bylines; comments under an article, with their
 * authors and dates, are furniture, as are reading times, the cards of read-more rails (titles, excerpts, dates) and
 * store policy accordions; an author's closing disclosure or call for information inside the article body is
 * body; on a product page the description and its tables are body, while the vendor label, price, stock, variant and
 * quantity controls, SKU and category, tab labels, reviews panel and related products are furniture, and the panel headings
 * of the description tabs (Description, Additional information) are headings; on an auction lot page the catalogue
 * description list, catalogue note, provenance and condition report are body with their h2s as headings, the sale's date line
 * a byline, and the sale title, lot number, estimate, bid panel, specialist box and lot pager furniture; a docs callout's label
 * (Docsy's "Warning" h4) is a heading and its text body; MediaWiki's "last edited" line and Docsy's "Last modified" line are
 * bylines, table of contents entries equal to headings are in no list, and "[edit]" links, categories and "Retrieved from"
 * are furniture; screen-reader-only texts (skip links, "Search for:", Wix's "top of page") are furniture, but texts with the
 * hidden attribute (Squarespace's burger labels, its form success message) are in no list; figure and image captions are
 * furniture; the Blogger blog name in the h1 above the post is furniture and the post's h3 is the title.
 */
export const HELDOUT461_PAGES: readonly TestPage[] = [
  ...HELDOUT461_A,
  ...HELDOUT461_A2,
  ...HELDOUT461_B,
  ...HELDOUT461_B2,
  ...HELDOUT461_C,
  ...HELDOUT461_C2,
  ...HELDOUT461_D,
  ...HELDOUT461_E,
  ...HELDOUT461_F,
];
