import type { TestPage } from './page-kit.js';
import { HELDOUT695_A } from './pages-heldout695-a.js';
import { HELDOUT695_B } from './pages-heldout695-b.js';
import { HELDOUT695_C } from './pages-heldout695-c.js';
import { HELDOUT695_D } from './pages-heldout695-d.js';
import { HELDOUT695_E } from './pages-heldout695-e.js';
import { HELDOUT695_F } from './pages-heldout695-f.js';

/**
 * Held-out batch 695, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a dry slope's beginner lesson
 * booking page on WordPress (Hello Elementor) with a price table, a booking widget and a testimonial carousel, a ski boot
 * fitting guide on a Shopify store's blog (Dawn) with a comment form, a dry slope's season pass page on Squarespace 7.1 with a
 * newsletter block and cookie banner, a snowboard shop's board waxing post on a Wix blog with recent posts, a freestyle ski
 * school's private coaching page on Webflow with an FAQ accordion, a local news report on a dry slope's resurfacing on
 * WordPress (Newspack) with a donate box, author bio and comments, a Discourse forum thread (crawler view) on carving on
 * matting, a ski school's first snowboard lesson post on Ghost (Casper), a MediaWiki (Vector 2022) article on a dry slope with
 * infobox, contents and categories, a snowboard size guide on a retailer's Next.js site with a size table, a ski school's
 * school-groups page on HubSpot CMS with a form and cookie banner, and a club dry slope's prices and opening times page in an
 * old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; a table data row is one body entry, its
 * cells' texts joined with a space, and table header cells are in neither list (the related-topics table of the forum, outside
 * the article, is furniture, header cells included); price and "what's included" lists are body; FAQ questions written as
 * plain elements (the Webflow accordion toggles) are body entries, each followed by its answer; call-to-action buttons and
 * links inside or beside the article ("Book a lesson", "Buy your pass", "Book a boot fitting appointment", "Book a taster
 * lesson", "Start a chat") are furniture, as are booking widgets and forms with their labels, testimonial carousels, product
 * cards and "Still not sure?" boxes; comments under a news article are furniture, commenters' names and comment dates
 * included, while forum posts are body and their user names and post dates bylines, their like counts furniture; reading
 * times ("3 min read") are bylines, view and comment counts furniture; a wiki infobox is furniture, one entry a row (label and
 * value joined with a space), and the wiki's "last edited" footer line a byline while the hidden "Retrieved from" print footer
 * is in no list; the table page's "Page last updated" line is a byline and its visitor counter furniture; menu items, tags and
 * footer links equal to a word of the title, a heading or the body are left out of furniture; separators with no words (•, [ ],
 * /) are in no list; the site name shown as a header logo text is furniture.
 */
export const HELDOUT695_PAGES: readonly TestPage[] = [...HELDOUT695_A, ...HELDOUT695_B, ...HELDOUT695_C, ...HELDOUT695_D, ...HELDOUT695_E, ...HELDOUT695_F];
