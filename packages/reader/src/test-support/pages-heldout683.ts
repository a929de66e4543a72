import type { TestPage } from './page-kit.js';
import { HELDOUT683_A } from './pages-heldout683-a.js';
import { HELDOUT683_A2 } from './pages-heldout683-a2.js';
import { HELDOUT683_B } from './pages-heldout683-b.js';
import { HELDOUT683_C } from './pages-heldout683-c.js';
import { HELDOUT683_D } from './pages-heldout683-d.js';
import { HELDOUT683_E } from './pages-heldout683-e.js';
import { HELDOUT683_E2 } from './pages-heldout683-e2.js';
import { HELDOUT683_F } from './pages-heldout683-f.js';

/**
 * Held-out batch 683, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a florist's bridal bouquet product
 * page on Shopify (Dawn) with collapsible tabs and a "You may also like" rail, a wedding planner's 12-month planning checklist on
 * WordPress (Astra) with an Easy TOC box, a printable-download box, a sidebar and comments, a planner's real wedding post on
 * Squarespace 7.1 with captioned image blocks, a vendor list and prev / next pagination, a florist's short "Our Story" page
 * built with Wix, a florist's autumn wedding flowers guide on Ghost (Casper) with a dek, image cards, a callout card and a
 * read-more rail, a dried-flower buttonhole product on WooCommerce (Storefront) with its hidden tab panels and a sidebar, a
 * planner's FAQ page on Webflow with collapsed accordion answers and a CTA band, a wedding forum thread about a florist's quote
 * in Discourse's crawler view with a related-topics table, a planner's day-of coordination service page built with Elementor
 * (Hello theme) with icon boxes, price tables, a testimonial and a CookieYes banner, a florist software company's pricing post
 * on HubSpot CMS with a table, an image CTA and related posts, a wedding magazine's "questions to ask your florist" article on
 * Next.js with ad slots, an inline newsletter box and an author bio, and an old family florist's wedding page in a FrontPage
 * table layout with a price table and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product pages the product name (h1) is the title, the description, a WooCommerce
 * short description and the stem lists are body, and price, vendor label, variant legends and options, quantity, buttons,
 * pickup notes, SKU / category lines and tab labels are furniture (Dawn's CSS-hidden duplicate h2 of the title is in no list);
 * accordion content that is only collapsed (Dawn's closed `<details>`, Webflow's `height:0` FAQ answers) is body with its
 * titles as headings, while tab panels hidden with `display: none` (WooCommerce's other tabs and its reviews) are in no list,
 * and a visible tab panel's own h2 ("Description") is a heading; a dek or standfirst under the h1 is body; a callout / tip
 * card inside a post is body, but promotional boxes inside the post body (the printable-download box, an inline newsletter
 * box, HubSpot's image CTA) are furniture or, as images, in no list; a real wedding post's vendor credit list is body and its
 * heading a heading; figure captions and photo credits are furniture; table data rows are body, one entry a row with the
 * cells joined by a space, and header rows (th cells or a first row of bold cells) are in neither list; on a service page
 * the package names in price tables and the icon-box step titles are headings, the subheading, price and feature lines body,
 * and testimonials and buttons furniture; on the old table-layout page the bold coloured lines standing alone as section
 * labels are headings, the big font-tag line is the title, and a closing bold "Call us" line is body; comments under a post
 * are furniture, names and dates included, while a forum thread's posts are body and its user names and post times bylines
 * (category, tags, like counts, post numbers and the related-topics table are furniture); reading times, section kickers
 * and category links above or beside the title are furniture; screen-reader-only text other than skip links ("Regular
 * price", "Cart", "Menu", Wix's "top of page") and form control values and placeholders are in no list; a byline's name
 * is listed as the name alone where the "By" sits outside the link (Astra) and as the whole "By ..." line where it is one
 * element (Next.js); furniture texts that are also words or parts of the title, a heading or a body entry (menu items such
 * as Weddings, Flowers, Customers, a variant option named in the description) are left out.
 */
export const HELDOUT683_PAGES: readonly TestPage[] = [
  ...HELDOUT683_A,
  ...HELDOUT683_A2,
  ...HELDOUT683_B,
  ...HELDOUT683_C,
  ...HELDOUT683_D,
  ...HELDOUT683_E,
  ...HELDOUT683_E2,
  ...HELDOUT683_F,
];
