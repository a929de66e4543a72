import type { TestPage } from './page-kit.js';
import { HELDOUT597_A } from './pages-heldout597-a.js';
import { HELDOUT597_B } from './pages-heldout597-b.js';
import { HELDOUT597_B2 } from './pages-heldout597-b2.js';
import { HELDOUT597_C } from './pages-heldout597-c.js';
import { HELDOUT597_C2 } from './pages-heldout597-c2.js';
import { HELDOUT597_D } from './pages-heldout597-d.js';
import { HELDOUT597_D2 } from './pages-heldout597-d2.js';
import { HELDOUT597_E } from './pages-heldout597-e.js';
import { HELDOUT597_F } from './pages-heldout597-f.js';

/**
 * Held-out batch 597, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a tower's practice night page on
 * WordPress (Twenty Twenty-One, a static page with footer widgets and a Complianz cookie banner), a guild peal record on an
 * old nested-table site with font tags and a hit counter, a bell restoration appeal on Squarespace 7.1 (fluid engine blocks,
 * donate button, progress total, footer newsletter, cookie banner), a guild news report with a results table on Drupal 10
 * (Olivero, tags, one comment), a ringers' forum thread on Discourse (crawler view with likes and related topics), a
 * method-learning guide on Hugo with Docsy (section menu, page contents, feedback box, code block), a wiki article on a ring of
 * ten on MediaWiki (Vector 2022, infobox, contents, bells table, references, categories), a short society blog post on Wix
 * Blog (share bar, stats, recent posts, comment box), a learner's blog post on Ghost (Casper, excerpt, feature image caption,
 * subscribe box, read-more cards), a local newspaper report of a restoration on Next.js (ads, share bar, inline related link,
 * most-read rail, OneTrust banner), a bell-rope maker's blog article on Shopify (Dawn, announcement bar, share, comment form)
 * and a bells trust's blog post on HubSpot CMS (CTA, topic tags, author card, subscription form, cookie banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: an excerpt, dek or standfirst under the h1 is body; table data rows are body, one
 * entry a row with its cells joined by spaces, table header cells in neither list and a table's caption furniture; the peal
 * record's date-and-length line, method line, composer line, band rows and footnotes are body (they are the record), its
 * "Submitted by" line and the page's "last updated" line bylines and its "Peal No." label furniture; a forum thread's posts
 * (a quoted line included) are body and its user names and post dates bylines, while commenters' names and comment dates under
 * an article (Drupal) are bylines and the comments' text furniture; dates on related-post cards are bylines, reading times
 * ("5 min read") furniture; an author's role line under the byline ("Local democracy reporter") and the Docsy "Last modified"
 * line with its commit link are bylines, an author bio card furniture; a donation progress total (a heading inside the
 * Squarespace page) and the appeal's donate buttons are furniture; a wiki infobox, its caption, the contents box, "[edit]"
 * links and the References section (heading and entries) are furniture, its See also section (heading and items) article
 * text, and reference markers ("[1]") stay in the body text as shown; screen-reader-only texts (visually-hidden, sr-only)
 * count as visible furniture, and only elements with `hidden` or `aria-hidden` count as hidden; a form's labels and button
 * texts are furniture, an asterisk in an aria-hidden span left out; the code block of changes in the Docsy guide is in no
 * list; menu and tag texts that occur in the title or body are left out of furniture, as the usual rules say.
 */
export const HELDOUT597_PAGES: readonly TestPage[] = [
  ...HELDOUT597_A,
  ...HELDOUT597_B,
  ...HELDOUT597_B2,
  ...HELDOUT597_C,
  ...HELDOUT597_C2,
  ...HELDOUT597_D,
  ...HELDOUT597_D2,
  ...HELDOUT597_E,
  ...HELDOUT597_F,
];
