import type { TestPage } from './page-kit.js';
import { HELDOUT526_A } from './pages-heldout526-a.js';
import { HELDOUT526_B } from './pages-heldout526-b.js';
import { HELDOUT526_C } from './pages-heldout526-c.js';
import { HELDOUT526_D } from './pages-heldout526-d.js';
import { HELDOUT526_E } from './pages-heldout526-e.js';
import { HELDOUT526_F } from './pages-heldout526-f.js';

/**
 * Held-out batch 526, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a farm shop's opening hours and
 * produce page on WordPress (Astra) with a widget sidebar, a pick-your-own crop calendar on Squarespace 7.1 with an announcement
 * bar and newsletter block, a farmers' market stallholder list built with Wix, a farm shop's asparagus post on Shopify (Dawn)
 * with share button and comments, a council farmers' market page on LocalGov Drupal with a cookie banner and related pages,
 * a pick-your-own visitor FAQ on Webflow with collapsed accordion answers, a farm diary post on Ghost (Casper) with byline
 * and read-more cards, a market's trader rules and application form built with Elementor (Hello theme) and a CookieYes banner,
 * a pick-your-own "what's ready" page in an old FrontPage table layout with a hit counter, a local news article on a Next.js
 * news site about a farmers' market moving, a Discourse forum thread (crawler view) asking for PYO farms, and a town wiki's
 * MediaWiki (Vector 2022) article on a farmers' market with an infobox.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary or excerpt under the h1 is body (Squarespace, LocalGov,
 * Webflow, Ghost, Next.js), and so is the red warning line under the table-layout page's h1; table data rows are body, one entry
 * a row with the cells joined by a space (an empty cell dropped), table header cells in neither list, and a table's <caption>
 * is furniture like a figure caption; a bold lead-in ("Vegetables:", "Prices this season:") stays part of its item or paragraph;
 * in the stallholder list the category h2s and the stall names (h3) are headings and each stall's description body; FAQ
 * questions are headings and their answers body even when collapsed with an inline height:0 style; form field labels, submit
 * buttons and newsletter boxes are furniture (the Elementor application form included), form control values in no list; comments
 * under the Shopify post are furniture with their authors' names and dates and the comment count; on the Discourse thread the
 * posts are body, user names and post times bylines (times with spaces collapsed), and likes, category badge, tags and the
 * related-topics table (its header cells and numbers too) furniture; Ghost's author name, date and reading time are bylines, its
 * primary tag above the h1 and the read-more cards' tags, titles, excerpts, dates and reading times furniture; the "Read more:"
 * link paragraph and the "Advertisement" labels inside the Next.js article body are furniture; the table-layout page's italic
 * "Last updated" line and LocalGov's "Last updated" line are bylines, the left menu's opening-hours note and the hit counter
 * furniture; on the MediaWiki page the infobox (labels, values, image caption), the table of contents' labels and numbers, the
 * page tabs, "From Ashbury Wiki", the "edit" section links (brackets in no list, "edit" counted once with the "Edit" tab) and
 * the category links are furniture, "External links" is a heading and its one link body, "last edited" line a byline;
 * screen-reader-only texts (Astra's "Main Menu", Shopify's "Log in" and "Cart", Wix's "top of page", LocalGov's "Breadcrumb"
 * and search label) are furniture, while texts inside closed <details> panels or elements with the theme's "hidden" class (the
 * Shopify share fallback) are in no list; a menu, tab, tag or kicker text equal to a word or phrase of the title or body (the
 * Next.js "Kettleby" kicker, "Stallholders", "Trade With Us", "Café", "Markets", "Held") is left out of furniture.
 */
export const HELDOUT526_PAGES: readonly TestPage[] = [...HELDOUT526_A, ...HELDOUT526_B, ...HELDOUT526_C, ...HELDOUT526_D, ...HELDOUT526_E, ...HELDOUT526_F];
