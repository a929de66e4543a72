import type { TestPage } from './page-kit.js';
import { HELDOUT565_A } from './pages-heldout565-a.js';
import { HELDOUT565_A2 } from './pages-heldout565-a2.js';
import { HELDOUT565_B } from './pages-heldout565-b.js';
import { HELDOUT565_B2 } from './pages-heldout565-b2.js';
import { HELDOUT565_C } from './pages-heldout565-c.js';
import { HELDOUT565_C2 } from './pages-heldout565-c2.js';
import { HELDOUT565_D } from './pages-heldout565-d.js';
import { HELDOUT565_D2 } from './pages-heldout565-d2.js';
import { HELDOUT565_E } from './pages-heldout565-e.js';
import { HELDOUT565_F } from './pages-heldout565-f.js';

/**
 * Held-out batch 565, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bowling centre's prices and
 * opening hours page on WordPress with Elementor Pro (price list widget, Complianz cookie banner), a roller rink's birthday
 * party page built with Wix (free-plan ad bar, enquiry form), a bowling league's weekly news post on WordPress with Astra
 * (standings table, sidebar, two comments and the reply form), an ice arena's public skating times page on Squarespace 7.1
 * (announcement bar, image caption, newsletter block), a town recreation department's hockey league news item on Drupal 10 with
 * Olivero (tags, photo caption), a roller skating forum thread on Discourse (seven posts, topic map, suggested topics), a
 * bowling pro shop's buying-guide article on Shopify with Dawn (share button, comment form, newsletter footer), a local-history
 * wiki article on a closed roller rink on MediaWiki with Vector 2022 (infobox, contents sidebar, references, categories), a
 * roller rink's Adult Night blog post on Ghost with Casper (members box, read-more cards), a bowling centre's FAQ on Webflow
 * (CMS collection list, Finsweet cookie banner, call-to-action band), a bowling league's weekly results on an old FrontPage
 * table layout (left menu column, hit counter) and an ice rink chain's learn-to-skate page on Next.js (location bar, level
 * cards, price table, sticky register bar, OneTrust banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or intro paragraph under the h1 is body; a table data row is one body entry
 * (its cells joined with spaces) and table header cells are in no list; an Elementor price-list item gives two body entries
 * (its name and price, then its description); a listing's or card grid's item titles inside the article (the FAQ questions,
 * the learn-to-skate level cards, the Squarespace day headings, the Wix package names) are headings and their texts body,
 * while a package's price line under its heading is body; forms (party enquiry, comment, newsletter) are furniture, their
 * labels and button texts included, and form field values and placeholders are in no list; buttons and call-to-action
 * links inside the article (Book a Lane, Get Adult Night tickets, See winter term dates) and call-to-action bands after it
 * (Ready to roll?, the Next.js promo aside) are furniture; comments under a blog or news post are furniture, but their
 * authors' names and dates are bylines; on the Discourse thread every post's text is body, user names and post dates are
 * bylines, like counts, the topic map, tags and the suggested-topics table (titles, categories, counts and dates) are
 * furniture; a reading time ("2 min read") is a byline, dates on related-post cards are furniture; the FrontPage page's
 * bold yellow paragraph labels (Standings, High Scores, Notes) are headings and its "last updated" line a byline; on the
 * wiki page the infobox (its title, image caption and label / value rows, one furniture entry a row) is furniture, the
 * References heading is a heading and the reference texts are body, reference markers ([1]) are in no list, the "edit"
 * section links and the ^ back links are furniture, and the "last edited" footer line is a byline;
 * the Vector main-menu dropdown, shown only when opened, is furniture all the same; screen-reader-only labels (Search for:,
 * social icon names, "top of page") are in no list, skip links are furniture; elements hidden by attribute or inline
 * style (the Wix "More" item and form success text, a closed share panel, Webflow's w-condition-invisible link, the
 * Elementor dropdown menu with aria-hidden) are in no list; short furniture texts (menu items, tags, counts, categories)
 * that are also whole words of the title, a heading or a body entry are left out, as are user names mentioned in a post.
 */
export const HELDOUT565_PAGES: readonly TestPage[] = [
  ...HELDOUT565_A,
  ...HELDOUT565_A2,
  ...HELDOUT565_B,
  ...HELDOUT565_B2,
  ...HELDOUT565_C,
  ...HELDOUT565_C2,
  ...HELDOUT565_D,
  ...HELDOUT565_D2,
  ...HELDOUT565_E,
  ...HELDOUT565_F,
];
