import type { TestPage } from './page-kit.js';
import { HELDOUT502_A } from './pages-heldout502-a.js';
import { HELDOUT502_A2 } from './pages-heldout502-a2.js';
import { HELDOUT502_B } from './pages-heldout502-b.js';
import { HELDOUT502_B2 } from './pages-heldout502-b2.js';
import { HELDOUT502_C } from './pages-heldout502-c.js';
import { HELDOUT502_D } from './pages-heldout502-d.js';
import { HELDOUT502_D2 } from './pages-heldout502-d2.js';
import { HELDOUT502_E } from './pages-heldout502-e.js';
import { HELDOUT502_F } from './pages-heldout502-f.js';
import { HELDOUT502_F2 } from './pages-heldout502-f2.js';

/**
 * Held-out batch 502, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a florist's wedding flowers page on
 * Squarespace 7.1 with a captioned gallery, packages and a footer newsletter block, a cake maker's order form page on Wix (Wix
 * Forms), a bakery's menu on Elementor Pro (Hello theme, price list widgets, Complianz banner), a bakery's seasonal blog post on
 * Shopify (Dawn article template with comments and comment form), a florist's delivery FAQ on WordPress GeneratePress with
 * WooCommerce and Kadence accordions and a product sidebar, a bakery's wholesale page on Webflow with an enquiry w-form, a
 * baker's newsletter post on Ghost (Casper, callout card, read-more cards), a long stollen post with a recipe on Hugo (Ananke,
 * cover header, table of contents), a flower delivery company's tulip care guide on Next.js (pages router, __NEXT_DATA__,
 * author box, product carousel, OneTrust banner), a family bakery's cake price list on an old FrontPage table layout, a cake
 * decorators' forum thread on Discourse (crawler view), and an events florist's blog post on HubSpot CMS (CTA, subscription
 * form, related posts).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or description shown with the title (Ghost excerpt, Next.js standfirst, the Hugo
 * cover description) is body, and the Hugo cover's repeat of the title counts as the title; a bakery menu's section titles are
 * headings and each item's name, price and description are three body entries; a package's name (h3) is a heading, its "From £..."
 * line and description body; a client testimonial inside the page content is body with its attribution line; on a page whose
 * content IS a form (the Wix order form) the field labels, the legend and the visible radio and checkbox labels are body in
 * order, while option texts, placeholders, values and required asterisks are in no list and the submit button is furniture; a
 * form below or beside an article (the Webflow enquiry, newsletter and blog subscription forms, the comment form) is furniture;
 * FAQ questions written as accordion buttons are body entries, each before its answer, and their h2 group titles headings;
 * collapsed accordion answers (hidden by a CSS class) are body, while form success / failure messages that only show after a
 * submit (Webflow w-form-done / w-form-fail, Squarespace form-submission-text) are in no list; visually hidden screen-reader
 * texts (sr-only, visually-hidden, screen-reader-text, show-for-sr) are in no list except skip links, which are furniture;
 * reading times and word counts are furniture, not bylines; "Written by ..." in an author box is a byline and the bio
 * furniture; comments under a post go to furniture whole (text, commenter name, date, the comment count); on the forum thread
 * every post is body, user names and post times are bylines, and post numbers, like counts, the category badge and tags are
 * furniture (the thread has no headings); a table data row is one body entry with its cells joined by single spaces and table
 * header cells are in no list (also in the related topics table, whose data cells are furniture); on the old table layout the
 * bold line in font tags that titles a section ("How to order") is a heading, the italic note under the price table body, the
 * "Last updated" line a byline and the hit counter text furniture; a callout card in the post body is body, and a post's closing
 * sign-off line ("Thank you ... — Rosa and the team") is body; call-to-action buttons inside the content (Enquire about your
 * date, Order for collection, the HubSpot CTA) are furniture, as are eyebrow labels over a title (Wholesale, Care guides),
 * captions and photo credits, product cards (name, price, Add to basket) and a table of contents whose entries repeat the
 * headings (those entries left out as repeats, its label "What's in this posts" furniture); nav items and tags equal to a word
 * or phrase of the body are left out (Weddings, Cakes, Order, Shop, Menu, About, Flowers, Wedding Cakes, Corporate Events,
 * christmas).
 */
export const HELDOUT502_PAGES: readonly TestPage[] = [
  ...HELDOUT502_A,
  ...HELDOUT502_A2,
  ...HELDOUT502_B,
  ...HELDOUT502_B2,
  ...HELDOUT502_C,
  ...HELDOUT502_D,
  ...HELDOUT502_D2,
  ...HELDOUT502_E,
  ...HELDOUT502_F,
  ...HELDOUT502_F2,
];
