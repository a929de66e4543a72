import type { TestPage } from './page-kit.js';
import { HELDOUT514_A } from './pages-heldout514-a.js';
import { HELDOUT514_A2 } from './pages-heldout514-a2.js';
import { HELDOUT514_B } from './pages-heldout514-b.js';
import { HELDOUT514_C } from './pages-heldout514-c.js';
import { HELDOUT514_D } from './pages-heldout514-d.js';
import { HELDOUT514_D2 } from './pages-heldout514-d2.js';
import { HELDOUT514_E } from './pages-heldout514-e.js';
import { HELDOUT514_E2 } from './pages-heldout514-e2.js';
import { HELDOUT514_F } from './pages-heldout514-f.js';

/**
 * Held-out batch 514, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hospice charity shop's donation
 * guidelines on WordPress (Astra, Complianz banner, sidebar widgets), a charity bookshop's volunteer rota on Squarespace 7.1
 * (announcement bar, form and newsletter blocks), a thrift shop's short Christmas opening-hours notice on Wix (free plan with
 * the Wix ad bar), a thrift store's blog article on pricing denim on Shopify (Dawn, with comments and comment form), a repair
 * café's session write-up on Ghost (Casper, captions, callout card, read-more cards), a community hall's repair café event on
 * Drupal 10 (Olivero, event fields, sidebar of upcoming events), a repair-network forum thread on Discourse (rendered Ember
 * page, four posts, suggested topics), a fixers' handbook page on electrical safety on Hugo (Docsy, section nav, page TOC,
 * table, warning alert, feedback widget), a community wiki article on a repair café on MediaWiki (Vector 2022, infobox,
 * pinned menus, categories), a reuse charity's impact post on Webflow (Relume-style classes, related posts, newsletter form),
 * a hospital League of Friends shop's closure notice on an old FrontPage table layout, and a furniture reuse charity's Gift
 * Aid FAQ post on HubSpot CMS (growth theme, CTA image, subscribe form, cookie banner).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or lead under the h1 (Ghost's excerpt, Docsy's lead) is body; an event's
 * when / where / cost field values are body and their labels (When, Where, Cost) in neither list, while the node's "By" line
 * and post date are bylines; table data cells are body one cell an entry, table header cells of an article table in neither
 * list, and header cells of tables outside the article (Discourse's suggested topics) furniture; a callout or alert inside the
 * article (Ghost's callout card, Docsy's warning) is body and the alert's own h4 ("Warning") is a heading; FAQ questions set
 * as h3 are headings; a rota's shift lines are body items, the "needed" marks inside them included; a forum's posts are body,
 * user names, full names and post dates bylines, like counts, reply buttons and the topic map furniture; comments under a
 * blog article are furniture, their authors and dates with them; reading times ("4 min read") are furniture; a signature
 * under a notice (name and role) is a byline, as are "Last modified" / "last edited" / "Page last updated" lines; an infobox
 * (labels, values and image caption) is furniture, its values that repeat body text left out; visually hidden screen-reader
 * texts (skip links, "Main Menu", "Search for:", Wix's "top of page") are furniture, while elements hidden by an attribute or
 * an inline display:none (Squarespace's form thank-you) are in no list; form success / failure messages hidden only by the
 * site's stylesheet (Webflow's w-form-done and w-form-fail) are furniture; form labels and button labels are furniture,
 * option texts of a select in no list; a title or value written with an entity (&amp;, &#39;) is gold in its decoded form;
 * MediaWiki's [ ] edit-link brackets, the TOC's section numbers, a "•" divider and other texts without words are in no list,
 * and so are bare numbers that are also words of the body.
 */
export const HELDOUT514_PAGES: readonly TestPage[] = [
  ...HELDOUT514_A,
  ...HELDOUT514_A2,
  ...HELDOUT514_B,
  ...HELDOUT514_C,
  ...HELDOUT514_D,
  ...HELDOUT514_D2,
  ...HELDOUT514_E,
  ...HELDOUT514_E2,
  ...HELDOUT514_F,
];
