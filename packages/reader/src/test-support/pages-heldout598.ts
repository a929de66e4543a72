import type { TestPage } from './page-kit.js';
import { HELDOUT598_A } from './pages-heldout598-a.js';
import { HELDOUT598_A2 } from './pages-heldout598-a2.js';
import { HELDOUT598_B } from './pages-heldout598-b.js';
import { HELDOUT598_C } from './pages-heldout598-c.js';
import { HELDOUT598_D } from './pages-heldout598-d.js';
import { HELDOUT598_E } from './pages-heldout598-e.js';
import { HELDOUT598_F } from './pages-heldout598-f.js';

/**
 * Held-out batch 598, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a drain unblocking price page built
 * with Elementor on the Hello Elementor theme (price table, icon lists, reviews carousel, Complianz cookie banner), a long septic
 * tank emptying guide on WordPress with the Astra theme (Easy Table of Contents box, comments, sidebar), a CCTV drain survey
 * explainer on Wix (rich-text boxes, caption, quote form), a short 24-hour emergency plumber page on Squarespace 7.1, a
 * Discourse thread (crawler view) on a septic pump alarm with related topics, a MediaWiki (Vector 2022) article on drain fields
 * with its sidebar table of contents and categories, a local news article on a sewer collapse on a Next.js news site (CSS
 * modules, share bar, ad slot, newsletter box, most-read rail), a drain jetting FAQ on HubSpot CMS (drag-and-drop rows, form,
 * cookie banner), a drain relining blog post on Webflow (CMS collection page, related posts, CTA section), a council septic tank
 * guide page on LocalGov Drupal (guide contents, previous / next links), a frozen pipe article on a Shopify store blog (Dawn
 * theme, featured products, newsletter footer), and a septic pumping chart on an old table-layout site with font tags.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; a table's data rows are body, one entry a
 * row with its cells' texts joined by a space, and its header row (th cells, or the bold first row of the old table layout) is in
 * no list; an icon list or numbered list of steps inside the article flow is body, one item an entry, while trust badges
 * ("Fully insured"), review carousels and ratings, in-article call-to-action boxes and buttons ("Blocked right now?", "Book a
 * tanker", "See Survey Prices", the Shopify "Stock up before the frost" line, the council callout "Report a sewage problem")
 * and quote or booking forms (their headings and labels) are furniture; FAQ questions marked up as h3 are headings and their
 * answers body; on the LocalGov Drupal guide the h1 is the guide's title (the title) and the page's own h2 title is the first
 * heading, the guide contents list and previous / next links furniture, "Page last reviewed" a byline; a blockquote pull quote
 * inside the article is body; reading time ("4 min read"), category labels and kickers, comment counts and the Astra "Post
 * author" label are furniture, while the names and times on comments under an article are bylines, as on forum posts, and the
 * comment texts furniture; a reporter's role line under the byline is a byline, as is the MediaWiki "last edited" line and
 * the old site's "last updated" line; on the forum thread the posts are body, user names and post times bylines, and post
 * numbers, like counts, the category badge and the related-topics table (titles, counts, dates) furniture; on the wiki the
 * "See also" list items are body, the sidebar table of contents ("Contents", "hide", "(Top)", section numbers) furniture with
 * its entries that repeat headings left out, the edit links ("edit") furniture, and the print footer "Retrieved from" line
 * furniture; screen-reader-only texts that are not hidden with the hidden attribute or aria-hidden (skip links, "Search for:",
 * "Log in", "Cart", Wix's "top of page") are furniture, while aria-hidden or hidden elements (the Elementor mobile dropdown
 * menu repeats the visible menu) add nothing; punctuation-only fragments (edit-link brackets, "•" and "/" separators, arrows
 * alone) are in no list; a text of several lines split by <br> is listed line by line; an SVG <title> is in no list; numbers
 * and menu items that equal a word or phrase of the title or body ("1", "Home", "Prices", "Pollution", "pump") are left out.
 */
export const HELDOUT598_PAGES: readonly TestPage[] = [
  ...HELDOUT598_A,
  ...HELDOUT598_A2,
  ...HELDOUT598_B,
  ...HELDOUT598_C,
  ...HELDOUT598_D,
  ...HELDOUT598_E,
  ...HELDOUT598_F,
];
