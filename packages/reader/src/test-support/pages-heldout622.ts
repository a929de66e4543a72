import type { TestPage } from './page-kit.js';
import { HELDOUT622_A } from './pages-heldout622-a.js';
import { HELDOUT622_B } from './pages-heldout622-b.js';
import { HELDOUT622_C } from './pages-heldout622-c.js';
import { HELDOUT622_D } from './pages-heldout622-d.js';
import { HELDOUT622_E } from './pages-heldout622-e.js';
import { HELDOUT622_F } from './pages-heldout622-f.js';

/**
 * Held-out batch 622, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a salon's colour price list on
 * Squarespace 7.1 (menu block, cookie banner), a consultation and patch test page built with Elementor on WordPress (Hello
 * theme, accordion FAQ, CookieYes banner), a salon's moving news post on WordPress (Astra) with a sidebar and comments, a
 * stylist's balayage aftercare post on Wix Blog with tags, counts and recent posts, a salon shop's scalp care journal article
 * on Shopify (Dawn) with a product strip and newsletter footer, a hair academy's course news post on Ghost (Casper) with a dek,
 * figure caption, member CTA and read-more cards, a bridal hair service page on Webflow (CMS packages, testimonial slider,
 * enquiry form), a barber and salon's opening hours and prices page on GoDaddy Websites + Marketing, a hairdressers' forum
 * thread on Discourse (Ember view with sidebar, topic map and suggested topics), a foil highlighting article on a MediaWiki
 * wiki (Vector 2022, TOC, references, categories), a family salon's policies page in an old table layout (font tags, left
 * menu, hit counter) and a hair trade magazine's news article on Next.js (ads, inline newsletter box, author bio, related).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price list item written on one line or in one block (Squarespace menu item,
 * GoDaddy menu item) is one body entry, its name and price joined with a space, and its menu section title is a heading;
 * where a package name is itself an h3 (the Webflow CMS cards) the name is a heading and its price and description are two
 * body entries; an opening-hours table row is one body entry (day and hours joined with a space) on a page whose title is
 * about hours; accordion FAQ questions (not h-tags) are body entries, each before its answer; a dek or standfirst under the
 * h1 (Ghost excerpt, Next.js standfirst) is body; a sign-off line at the end of a post ("— Hattie and the ... team") is a
 * byline; reading times, view, like and reply counts are furniture; a testimonial slider and enquiry form labels on a service
 * page are furniture, while the form's submit value and Webflow's success / failure messages (hidden by the stylesheet) are in
 * no list; on the forum thread every post's text is body, usernames and post dates bylines, and the topic map, category badge,
 * tags and suggested topics (title, reply count, activity date) furniture; on the wiki, reference list entries are body and
 * "References" a heading, citation markers ([1]) are in no list, the backlink arrows, edit links, TOC, tabs and categories are
 * furniture, and "This page was last edited on ..." is a byline; in the table layout, bold lines standing alone as section
 * titles are headings and each <br><br>-separated paragraph is a body entry, and the page title in a big font tag is the
 * title; kicker or category links above the h1 (Ghost "News", Next.js "Business") and post category links are furniture unless
 * their text occurs in the body; comments under a blog post are furniture and commenters' names and dates bylines.
 */
export const HELDOUT622_PAGES: readonly TestPage[] = [...HELDOUT622_A, ...HELDOUT622_B, ...HELDOUT622_C, ...HELDOUT622_D, ...HELDOUT622_E, ...HELDOUT622_F];
