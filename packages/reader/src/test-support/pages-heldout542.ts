import type { TestPage } from './page-kit.js';
import { HELDOUT542_A } from './pages-heldout542-a.js';
import { HELDOUT542_A2 } from './pages-heldout542-a2.js';
import { HELDOUT542_B } from './pages-heldout542-b.js';
import { HELDOUT542_B2 } from './pages-heldout542-b2.js';
import { HELDOUT542_C } from './pages-heldout542-c.js';
import { HELDOUT542_D } from './pages-heldout542-d.js';
import { HELDOUT542_E } from './pages-heldout542-e.js';
import { HELDOUT542_F } from './pages-heldout542-f.js';

/**
 * Held-out batch 542, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a livery yard's services and prices
 * page on WordPress with Divi (fullwidth header, pricing tables, toggles, CookieYes banner), a riding school's lessons page on
 * Squarespace 7.1 (fluid engine blocks, image caption, newsletter block), a livery yard's rules page on Wix (rich-text boxes,
 * free-plan ad bar), a farrier's long blog post on WordPress with Hello Elementor and an Elementor Pro single-post template
 * (post info, share buttons, author box, post navigation, comments), a riding centre's FAQ page on Webflow (FAQ items, form with
 * hidden success and error messages), a farrier's short services page on GoDaddy Websites + Marketing, a livery thread on a
 * XenForo 2 forum (user cells, a quote, cookie notice), a farm's grass livery page in an old FrontPage table layout (font tags,
 * visitor counter), a riding stable's blog post on Jimdo Creator (modules, tags, comment form, sidebar), an article on livery
 * yards in an equestrian MediaWiki with Vector 2022 (hatnote, edit links, wikitable, categories), a yard owner's diary post on
 * Ghost with Casper (excerpt, callout card, read-more cards), and a riding centre's news item on Drupal 10 with Olivero.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subhead or excerpt under the h1 (Divi subhead, Wix and Webflow intro lines,
 * Ghost excerpt) is body; table data rows are one body entry each, their cells joined by spaces, and table header cells are in
 * neither list; pricing cards are article content: each card's name is a heading, its price line ("£195/week") and feature
 * items body, its badge ("Most popular") and button furniture; FAQ questions and toggle titles (h3, h5) are headings and
 * their answers body; call-to-action boxes and buttons inside or after the article ("Come and look round", "Book your first
 * lesson", "Still have a question?") are furniture; a sign-off line inside the last paragraph stays body; "Last reviewed" /
 * "Page last updated" / "This page was last edited" lines are bylines; on a forum thread every post is body, one entry a post
 * with its `<br>`-separated paragraphs joined by a space, a quoted passage in a post is its own body entry before the post's
 * text, its "hazelnut said:" and "Click to expand..." furniture, user names and post dates bylines, user titles, join dates,
 * message counts, post numbers and Like / Reply furniture; comments under articles are furniture with their author names and
 * dates (the post author's own reply adds only its date and text); dates and reading times on read-more cards and the post's
 * reading time are furniture; a wiki's hatnote, table of contents, edit links, tabs and categories are furniture and its
 * "See also" heading and items are heading and body; a Ghost callout card's text is body, its emoji in no list; text in
 * `visually-hidden` / `u-srOnly` / `wb-inv`-style screen-reader spans, in `hidden` or aria-hidden elements and in elements
 * hidden by the platform's own CSS classes (Webflow's w-form-done / w-form-fail, XenForo's is-hidden share buttons) is in no
 * list; form labels and the text of button elements are furniture, input values (Post Comment, Subscribe, Submit Comment) in
 * no list; menu, tag and category items equal to a word of the title or body (Livery, Lessons, Next, Contact, Grass Livery)
 * are left out of furniture.
 */
export const HELDOUT542_PAGES: readonly TestPage[] = [
  ...HELDOUT542_A,
  ...HELDOUT542_A2,
  ...HELDOUT542_B,
  ...HELDOUT542_B2,
  ...HELDOUT542_C,
  ...HELDOUT542_D,
  ...HELDOUT542_E,
  ...HELDOUT542_F,
];
