import type { TestPage } from './page-kit.js';
import { HELDOUT589_A } from './pages-heldout589-a.js';
import { HELDOUT589_B } from './pages-heldout589-b.js';
import { HELDOUT589_C } from './pages-heldout589-c.js';
import { HELDOUT589_D } from './pages-heldout589-d.js';
import { HELDOUT589_E } from './pages-heldout589-e.js';
import { HELDOUT589_F } from './pages-heldout589-f.js';

/**
 * Held-out batch 589, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a refill shop's "how refilling
 * works" journal article on Shopify (Dawn) with a comment and comment form, a greengrocer's weekly veg box page on WordPress
 * (Astra) with a price table, a sidebar and a cookie bar, a zero-waste store's price list per 100g on Squarespace 7.1 with
 * tables in code blocks, a newsletter block and a cookie banner, a short "how it works" page of a refill van on Wix with the
 * free-plan Wix banner, a container FAQ of a zero-waste store on Webflow with a newsletter form, a growers' co-op weekly veg
 * box post on Ghost (Casper) with a read-more rail, a food co-op's shop news item on Drupal 10 (Olivero) with tags and a
 * comment form, a local news article on a refill shop opening on Next.js with ad slots, an inline "Read more" box and related
 * stories, a refill shop owner's long till-data post on Hugo (PaperMod) with a table of contents and a table, a forum thread
 * on Discourse (crawler view) asking where to refill washing-up liquid, a town wiki page on refill shops on MediaWiki
 * (Vector 2022) with an infobox, a table and references, and a family greengrocer's price list in an old table layout with a
 * marquee and a visitor counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row in the article (prices, box sizes, the wiki's shop table, the
 * till-data table) is one body entry, its cells' texts joined with a space, and the article tables' header cells are in no
 * list, while a table outside the article (Discourse's related topics) is furniture, header cells included; a dek, standfirst
 * or post description under the h1 is body; an FAQ's questions are headings and its answers body; a small-print note under a
 * price table is body; a quoted pull quote or blockquote in the article is body; forum posts are body and each poster's name
 * and post time are bylines; comments under an article (their text, author and date) are furniture, as are comment forms'
 * labels; call-to-action buttons inside the article ("Order your box", "Change or skip your box", "See this week's stops")
 * are furniture; an author's role line next to the byline is a byline; a meta line that joins date, reading time and author
 * in one text (PaperMod) is one byline, while a separate reading-time span (Ghost's "• 3 min read") is furniture; the
 * wiki's infobox (label and data cells) is furniture, its references are body (under the "References" heading), its edit
 * links, TOC and "Retrieved from" line furniture and its "last edited" line a byline; the old layout's bold font-tag titles
 * are the title and headings and its "Last updated" line a byline; visually hidden text that screen readers get (skip links,
 * "Log in", "Cart", "Main navigation", "Breadcrumb") is furniture, while text in `hidden` elements, Webflow's form success and
 * failure messages (hidden by Webflow's own CSS) and aria-labels is in no list; bare numbers (post positions, like counts
 * given as numbers only, reply and view counts, the cart count) are in no list; a line broken with <br> is one furniture
 * entry a line; furniture texts that are also a word or phrase of the title or body ("Shop", "About", "Home", "Visit",
 * "Refill room", a brand name used in the body) are left out, as the usual rules say.
 */
export const HELDOUT589_PAGES: readonly TestPage[] = [...HELDOUT589_A, ...HELDOUT589_B, ...HELDOUT589_C, ...HELDOUT589_D, ...HELDOUT589_E, ...HELDOUT589_F];
