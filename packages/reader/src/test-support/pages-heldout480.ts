import type { TestPage } from './page-kit.js';
import { HELDOUT480_A } from './pages-heldout480-a.js';
import { HELDOUT480_B } from './pages-heldout480-b.js';
import { HELDOUT480_C } from './pages-heldout480-c.js';
import { HELDOUT480_D } from './pages-heldout480-d.js';
import { HELDOUT480_E } from './pages-heldout480-e.js';
import { HELDOUT480_F } from './pages-heldout480-f.js';

/**
 * Held-out batch 480, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cycling club's Sunday ride report
 * on WordPress (GeneratePress) with sidebar widgets and two comments, a bike shop's workshop servicing page on Shopify (Dawn) with
 * a price table and a booking call-out, a club route page on Squarespace 7.1 with a route facts list, a map embed and a GPX
 * button, a bike shop's puncture repair guide on Wix Blog, an open time trial's results on an old table-layout club site with a
 * hit counter, a club forum thread about tubeless sealant on Discourse, a bike shop's long gravel bike buying guide on Ghost
 * (Casper), a cyclocross league race report on Drupal 10 (Olivero) whose h1 sits in a page-title block outside the article, a
 * bike fitting service page on Webflow with pricing cards and a FAQ, a club wiki page about a climb on MediaWiki (Vector 2022)
 * with an infobox and a times table, a short winter club-run notice on Hugo (PaperMod), and an e-bike shop's battery care
 * article on HubSpot CMS with a cookie banner and an image CTA.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Squarespace, Ghost, Webflow, Hugo) is
 * body; table data rows are body, one entry a row with its cells' texts joined by a space, and the header cells of an article
 * table are in neither list (header cells of a table outside the article, like Discourse's suggested topics, are furniture);
 * a route facts list inside the article (Squarespace) is body, while a wiki infobox (its caption, labels and values) is
 * furniture; pricing cards on a service page are part of the article: their titles are headings, their price and description
 * body entries, and FAQ questions are headings with their answers as body; forum posts are body with user names and post
 * dates as bylines, like counts, topic stats, timeline and suggested topics furniture; comments under a blog post are
 * furniture except their commenter names and comment dates, which are bylines; reading-time labels of the article ("3 min
 * read", "• 7 min read") are bylines, as is a PaperMod meta line (date · reading time · author) taken whole, a MediaWiki "last
 * edited" line and an old site's "Posted by ..." line, while dates and reading times on related-post cards are furniture;
 * promotional boxes inside the article body (Ghost's test-ride callout, HubSpot's image CTA, Shopify's "Ready to book?"
 * section) are furniture, and so is a lone "Full results for all races" link closing the Drupal body and the old site's PDF
 * link under its table; screen-reader-only texts (skip links, "Categories", "Tags", "Main navigation", "Breadcrumb", "Log
 * in", "Cart", "top of page") count as visible furniture, while elements with the hidden attribute, content of closed
 * `<details>` (Dawn's menu drawer and search modal), `display:none` inline styles and MediaWiki's print-only "Retrieved
 * from" footer are in no list; a marquee strap and a hit counter are furniture; image alt texts and the HubSpot CTA (an
 * image) are in no list; furniture and byline texts that also occur in the title, a heading or a body entry (a menu item
 * such as "Home" or "Bike fitting", a tag repeating the title, infobox values quoted in the text) are left out by the batch
 * kit's `apart`, which also keeps each text once and a text that is both a byline and furniture as a byline only.
 */
export const HELDOUT480_PAGES: readonly TestPage[] = [...HELDOUT480_A, ...HELDOUT480_B, ...HELDOUT480_C, ...HELDOUT480_D, ...HELDOUT480_E, ...HELDOUT480_F];
