import type { TestPage } from './page-kit.js';
import { HELDOUT470_A } from './pages-heldout470-a.js';
import { HELDOUT470_B } from './pages-heldout470-b.js';
import { HELDOUT470_B2 } from './pages-heldout470-b2.js';
import { HELDOUT470_C } from './pages-heldout470-c.js';
import { HELDOUT470_D } from './pages-heldout470-d.js';
import { HELDOUT470_E } from './pages-heldout470-e.js';
import { HELDOUT470_F } from './pages-heldout470-f.js';
import { HELDOUT470_F2 } from './pages-heldout470-f2.js';

/**
 * Held-out batch 470, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a barber shop's services and price
 * list on Squarespace 7.1 (menu block, announcement bar), a tattoo artist's portfolio page on Wix (pro gallery, free-site banner),
 * a tattoo studio's long aftercare guide on WordPress with Hello Elementor and Elementor Pro (CookieYes banner), a hair salon's
 * booking page in the style of Fresha on Next.js (team, reviews, opening times, nearby venues), a salon's blog post on Shopify
 * (Dawn, with comments and comment form), a tattoo studio's FAQ and policies page on Webflow, a beauty forum thread on Discourse
 * (crawler view, with a quote aside and related topics), a nail salon's price list on an old Dreamweaver table layout with font
 * tags, a barber's blog post on Ghost (Casper, subscribe box and read-more cards), a lash studio's aftercare page on GoDaddy
 * Websites + Marketing (header widget marked role="main"), a hair forum thread on XenForo 2 (guest view, cookie notice, similar
 * threads), and a hair salon's policies page on Weebly (page title as the first wsite-content-title h2, free-plan footer).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price-list or service item (name, price, note or duration, in separate elements)
 * is one body entry, its texts joined with spaces in the order shown, and its price once though Squarespace's menu block
 * carries it twice (top and bottom, one hidden by the stylesheet); the price groups' titles (Squarespace menu sections,
 * Fresha service categories, the old layout's bold font-tag category rows) are headings; table data rows are body with cells
 * joined by spaces, header cells of article tables in neither list, header cells of tables outside the article (Discourse
 * related topics) furniture; on the booking page the services, the about text and the opening times (day and hours one entry)
 * are the article, while the rating, address, gallery button, category tabs, team, reviews, additional information, sidebar
 * and nearby venues are furniture; a standfirst or dek under the h1 (Elementor, Ghost, Webflow intro) is body, an eyebrow
 * label above the h1 ("Before you book") furniture; FAQ questions are headings and their answers body; a portfolio's gallery
 * item titles are captions, so furniture; a Ghost callout card in the post is body, the post's feature-image caption
 * furniture; a call-to-action box inside the page container (Elementor "Still not sure?") and buttons are furniture; forum
 * posts are body, each <br><br>-separated paragraph one entry, a quoted passage in a reply is body and its "x said:" / "x:"
 * attribution a byline, user names and post dates bylines, user titles, message counts, post numbers, like counts and
 * reactions furniture; comment and review texts under an article or venue are furniture but the commenters' and reviewers'
 * names and dates are bylines; every date on the page (related cards, similar threads, related topics) and reading times are
 * bylines; screen-reader-only texts (visually-hidden, u-srOnly skip links and labels) are furniture, while text in hidden,
 * aria-hidden or closed-<details> elements and in elements the platform's stylesheet hides until an action (Webflow form
 * success and failure messages, Shopify's share fallback, XenForo's is-hidden share buttons) is in no list; image-only logos
 * and counters are in no list; a menu, footer or byline text that also occurs as whole words in the title, a heading or a body
 * entry is left out (the kit's clean()).
 */
export const HELDOUT470_PAGES: readonly TestPage[] = [
  ...HELDOUT470_A,
  ...HELDOUT470_B,
  ...HELDOUT470_B2,
  ...HELDOUT470_C,
  ...HELDOUT470_D,
  ...HELDOUT470_E,
  ...HELDOUT470_F,
  ...HELDOUT470_F2,
];
