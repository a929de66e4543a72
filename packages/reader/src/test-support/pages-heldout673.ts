import type { TestPage } from './page-kit.js';
import { HELDOUT673_A } from './pages-heldout673-a.js';
import { HELDOUT673_A2 } from './pages-heldout673-a2.js';
import { HELDOUT673_B } from './pages-heldout673-b.js';
import { HELDOUT673_C } from './pages-heldout673-c.js';
import { HELDOUT673_D } from './pages-heldout673-d.js';
import { HELDOUT673_D2 } from './pages-heldout673-d2.js';
import { HELDOUT673_E } from './pages-heldout673-e.js';
import { HELDOUT673_F } from './pages-heldout673-f.js';

/**
 * Held-out batch 673, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a kitesurf school's beginner course
 * page built with Elementor on WordPress (Hello Elementor, Elementor Pro header and footer, Complianz banner), a surf school's
 * long spot guide as a Squarespace 7.1 blog post, a windsurf base's rental price page on Wix (free-plan ad banner), a surf
 * shop's wetsuit size guide on Shopify (Dawn) with two size tables, a kite school's wind and conditions guide on Webflow with a
 * CMS list of month cards, a surf school's blog post on Ghost (Casper) with read-more cards, a Discourse thread on choosing a
 * first kitesurf school, a MediaWiki (Vector 2022) article on a windsurf lake with an infobox and references, a surf club's
 * beach safety page on Hugo (Docsy), a local news article on a windsurf school's new base served by Next.js, a town council's
 * kitesurf and windsurf zones page on Drupal (Olivero) with a zone table, and an old windsurf school's courses and prices
 * page in a FrontPage-era table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or lead under the h1 is body; table data rows are body, one
 * entry a row with the cells' texts joined by a space, and header rows (th, or the coloured first row of td cells in the old
 * layout) are in no list; a table's <caption> is furniture, like figure captions; a price table widget beside a course
 * description (heading, price, period, features) is article text, its heading a heading, its button and small print furniture;
 * FAQ questions written as accordion titles (not h-elements) and their collapsed answers are body; testimonials are furniture;
 * a CMS list of cards inside the article (the Webflow months) gives its card titles (h3) as headings and the card lines as body;
 * a callout box inside the article (Docsy alert) gives its h4 title as a heading and its text as body; in the old table layout
 * the bold font lines that stand for the title and section heads are the title and headings; in the forum thread every post's
 * paragraphs are body, a quoted passage is body where it is quoted, the quote's "user:" attribution, usernames and post dates
 * are bylines, like counts, reply buttons and the suggested-topics table furniture; wiki reference list entries are body
 * (without the ↑ backlink, which is in no list), the infobox and the table of contents are furniture (TOC entries equal to
 * headings left out, TOC numbers in no list), "This page was last edited ..." is a byline; dates of related post cards (Ghost)
 * are bylines, their titles, excerpts and reading times furniture, and the article's own reading time furniture; an author
 * name repeated under an author bio is a byline, the bio furniture; "Page last updated" field label and value, Docsy's "Last
 * modified ...: <commit>" line and the old page's "Last update:" are bylines; text hidden only by a visually-hidden class (skip
 * links, "Log in", "Cart", "Breadcrumb", "Main navigation") is furniture, menus inside closed dropdowns or drawers are furniture
 * like their open copies, while aria-hidden duplicates, messages the template shows only after an action (Webflow form
 * success / failure, Docsy's feedback reply) and print-only blocks (MediaWiki's "Retrieved from") are in no list; the Wix
 * free-plan ad banner, the "Proudly created with Wix.com" line and "Powered by ..." lines are furniture.
 */
export const HELDOUT673_PAGES: readonly TestPage[] = [
  ...HELDOUT673_A,
  ...HELDOUT673_A2,
  ...HELDOUT673_B,
  ...HELDOUT673_C,
  ...HELDOUT673_D,
  ...HELDOUT673_D2,
  ...HELDOUT673_E,
  ...HELDOUT673_F,
];
