import type { TestPage } from './page-kit.js';
import { HELDOUT456_A } from './pages-heldout456-a.js';
import { HELDOUT456_A2 } from './pages-heldout456-a2.js';
import { HELDOUT456_B } from './pages-heldout456-b.js';
import { HELDOUT456_C } from './pages-heldout456-c.js';
import { HELDOUT456_D } from './pages-heldout456-d.js';
import { HELDOUT456_E } from './pages-heldout456-e.js';
import { HELDOUT456_F } from './pages-heldout456-f.js';

/**
 * Held-out batch 456, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an OO gauge layout build log on
 * WordPress (GeneratePress) with a sidebar, post navigation and comments, an N gauge harbour build log on Blogger (Contempo, the
 * post title in an h3), an RC crawler kit review on a magazine's Next.js site with a spec box, pros and cons and an ad slot, a
 * 1/35 plastic kit review on Hugo (PaperMod) with a table of contents and a parts table, a model railway club's exhibition page
 * built with Wix (short), a flying club's open day event page on Joomla 4 (Cassiopeia), a radio control boating forum thread on
 * phpBB (prosilver) with a quote and signatures, a railway kit manufacturer's product page on Shopify (Dawn) with accordions, a
 * miniatures manufacturer's product page on BigCommerce (Cornerstone, short), a wargaming battle report on Squarespace 7.1
 * (long), a hairspray chipping how-to on Ghost (Casper) with a callout card and read-more cards, and a water tower
 * scratch-building how-to on a MediaWiki wiki (Vector 2022) with a table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Next.js, Hugo, Ghost) is body; text in
 * screen-reader-only elements (visually-hidden, sr-only, screen-reader-text, element-invisible, is-srOnly, Wix's "top of page")
 * is in no list, while skip links are furniture; a review's spec box (its dt and dd each an entry), pros and cons lists and score
 * line are body and its box headings (Specifications, Pros, Cons) headings; a table data row is one body entry, its cells joined
 * by a space, and table header cells are in no list; an event page's date, time, venue, admission and programme lines are body,
 * while a CMS's "Written by" and "Published" lines are bylines and its "Category", "Hits" and "Details" labels furniture; on a
 * product page the description, its feature list and the text of collapsed accordion tabs (closed details) are body and the
 * accordion titles headings, while the brand line, price, tax note, SKU, weight, variant and quantity labels, buy buttons, review
 * counts, tab labels and related products with their prices are furniture; on the forum thread every post's text and a quoted
 * fragment inside a reply are body, the user names, post dates, "by ... » date" author lines and the quote's "... wrote:" line
 * bylines, and ranks, post counts, join dates, signatures, post subjects ("Re: ...") and the pagination line furniture;
 * comment authors and dates under a blog post are bylines and the comments furniture; a reading-time line in the byline is a
 * byline, but the dates and reading times on read-more cards are furniture; a blog's "Posted by" line and the author name in its
 * profile box are bylines, the profile text furniture; a wiki's "last edited" line is a byline, its table of contents entries,
 * [edit] links, tabs, categories and licence line furniture; a callout or tip card inside the article is body; the
 * print-only "Retrieved from" line and collapsed share menus are in no list.
 */
export const HELDOUT456_PAGES: readonly TestPage[] = [
  ...HELDOUT456_A,
  ...HELDOUT456_A2,
  ...HELDOUT456_B,
  ...HELDOUT456_C,
  ...HELDOUT456_D,
  ...HELDOUT456_E,
  ...HELDOUT456_F,
];
