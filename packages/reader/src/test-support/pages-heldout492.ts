import type { TestPage } from './page-kit.js';
import { HELDOUT492_A } from './pages-heldout492-a.js';
import { HELDOUT492_B } from './pages-heldout492-b.js';
import { HELDOUT492_C } from './pages-heldout492-c.js';
import { HELDOUT492_D } from './pages-heldout492-d.js';
import { HELDOUT492_E } from './pages-heldout492-e.js';
import { HELDOUT492_F } from './pages-heldout492-f.js';

/**
 * Held-out batch 492, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a sailing club's race results post
 * on WordPress (GeneratePress) with two results tables, a sidebar and a comment; a marina's berthing page on Squarespace 7.1
 * with an enquiry form; a harbour authority's local notice to mariners on an old FrontPage-style table layout; a yacht club's
 * news post on a free-plan Wix blog; a long capsize and man-overboard safety guide on Hugo (Docsy); a harbour trust's weekly
 * tide table on Webflow; a boat owners' osmosis thread on Discourse (crawler view); a dinghy class's rigging page on MediaWiki
 * (Vector 2022) with an infobox; a chandlery's mooring-warp advice article on Shopify (Dawn) with product cards; a sailing
 * school's post on Ghost (Casper) with a callout card; a regatta's notice of race on WordPress with Elementor Pro; and a
 * marine insurance broker's claims advice post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined by single spaces, and
 * table header cells are in neither list (results, mark positions, tide times); a dek, lead or excerpt under the h1 (Docsy
 * lead, Ghost excerpt, Webflow lead paragraph) is body; a callout or alert box inside the article is body, and an alert's own
 * heading (Docsy h4) is a heading; a callout's emoji is in no list; a form's labels, placeholders shown as text and buttons
 * are furniture, input values in no list; comments under an article are furniture including their author names and dates
 * (a commenter's name that also occurs in the body is left out); on a forum thread every post's paragraphs are body and each
 * user name and post date a byline, while post numbers, like counts and the related-topics table are furniture; reading
 * times ("3 min read") and view, comment and like counts are furniture, not bylines; a notice's signature block (name, office,
 * "Dated:" line) and "last updated" / "last edited" / "Last modified" lines are bylines; the notice number in a breadcrumb is
 * furniture while the notice's own h1 is the title and its subject line (h2) a heading; a wiki infobox (caption, keys and
 * values), the table of contents and section "edit" links are furniture, and a wiki's "From ..." tagline is furniture;
 * screen-reader-only texts that are in the DOM (skip links, "Search for:", "Log in", "Cart" labels) are furniture, while
 * elements hidden by `hidden`, aria-hidden menus (Elementor's mobile menu copy) and content that the template's stylesheet
 * keeps hidden until a click (Docsy's feedback response, Webflow form success and failure messages, Vector's collapsed main
 * menu) are in no list; countdown digits and labels, product names and prices, and the free-plan Wix banner are furniture;
 * separators and bullets without words (">", "•", "[ ]", ",") are in no list; a furniture text that also occurs as a word or
 * phrase of the title, a heading or a body entry (a nav item "Courses", "Tides", "Claims", a tag "Clubhouse") is left out.
 */
export const HELDOUT492_PAGES: readonly TestPage[] = [...HELDOUT492_A, ...HELDOUT492_B, ...HELDOUT492_C, ...HELDOUT492_D, ...HELDOUT492_E, ...HELDOUT492_F];
