import type { TestPage } from './page-kit.js';
import { HELDOUT578_A } from './pages-heldout578-a.js';
import { HELDOUT578_A2 } from './pages-heldout578-a2.js';
import { HELDOUT578_B } from './pages-heldout578-b.js';
import { HELDOUT578_C } from './pages-heldout578-c.js';
import { HELDOUT578_D } from './pages-heldout578-d.js';
import { HELDOUT578_E } from './pages-heldout578-e.js';
import { HELDOUT578_F } from './pages-heldout578-f.js';

/**
 * Held-out batch 578, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a chimney sweep's service page built
 * with Elementor on the Hello Elementor theme, a long stove buying guide on a Shopify store blog (Dawn), a stove certificate and
 * safety explainer on Squarespace 7.1, a Discourse thread on a wood burner smoking into the room, a local news article on
 * chimney fires on Newspack, a wiki article on flue liners on MediaWiki (Vector 2022), a one-man sweep's short FAQ page on Wix,
 * a stove fitter's blog post on installation times on Webflow, a stove maker's glass-cleaning article in a HubSpot knowledge
 * base, a sweep's diary post on Ghost (Casper), a family sweep's price list on an old FrontPage table layout, and a council
 * smoke control guide page on LocalGov Drupal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Squarespace lead, Newspack subtitle, Ghost
 * excerpt) and a page intro paragraph are body; table data rows are body, one entry a row with its cells joined by a space, and
 * header cells (th, or the old layout's bold first row of td) are in neither list; FAQ questions set as h2 are headings and
 * their answers body; a forum thread's posts are body, its user names and post dates bylines, like counts, tags, timeline and
 * suggested topics furniture; a wiki's infobox (its label and data cells) is furniture, while its "See also" list and the
 * reference texts under a "References" heading are body (inline citation marks such as [1] stay in the paragraph text, the ↑
 * backlinks and [edit] links are furniture) and the "last edited" footer line is a byline; a Ghost callout card inside the
 * post is body, its emoji icon in no list; reading times ("4 min read", "• 3 min read"), "Written by" labels, the separate
 * "by" and the • separator in a byline row are bylines; category labels above a title (Newspack, Ghost, Webflow, LocalGov's
 * guide subtitle), testimonials, icon-box selling points, call-to-action boxes and guide navigation are furniture; text in
 * visually-hidden / screen-reader-only elements is furniture (it is in the DOM, not hidden), while the Webflow form's
 * success and failure messages (hidden by Webflow's CSS) and the HubSpot feedback thanks (display:none) are in no list; form
 * labels are furniture, placeholders and submit values are not.
 */
export const HELDOUT578_PAGES: readonly TestPage[] = [
  ...HELDOUT578_A,
  ...HELDOUT578_A2,
  ...HELDOUT578_B,
  ...HELDOUT578_C,
  ...HELDOUT578_D,
  ...HELDOUT578_E,
  ...HELDOUT578_F,
];
