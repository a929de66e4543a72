import type { TestPage } from './page-kit.js';
import { HELDOUT498_A } from './pages-heldout498-a.js';
import { HELDOUT498_B } from './pages-heldout498-b.js';
import { HELDOUT498_C } from './pages-heldout498-c.js';
import { HELDOUT498_D } from './pages-heldout498-d.js';
import { HELDOUT498_D2 } from './pages-heldout498-d2.js';
import { HELDOUT498_E } from './pages-heldout498-e.js';
import { HELDOUT498_E2 } from './pages-heldout498-e2.js';
import { HELDOUT498_F } from './pages-heldout498-f.js';

/**
 * Held-out batch 498, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a council pool timetable (service
 * page with an alert banner and a session table) on LocalGov Drupal, a leisure trust's lane-swimming rules built with Elementor
 * on Hello Elementor (icon lists, toggles, a call-to-action box), a swim school's lesson levels on Squarespace 7.1, a lido's
 * closure notice on Ghost (Casper), a community gym's induction page with a booking form on Wix, a swimmers' forum thread on
 * lane etiquette on Discourse (the no-JavaScript view), a local history wiki article on a Victorian bath house on MediaWiki
 * (Vector 2022), a wellness centre's aqua classes listing on Webflow, a swimwear shop's blog article on lane-swim kit with
 * comments on Shopify (Dawn), a leisure operator's price-change news post with a table on HubSpot CMS, a swimming club's
 * club-night guide on Hugo (Ananke), and a village open-air pool's opening times on an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Elementor's bold intro, Squarespace's large intro,
 * Ghost's excerpt) is body; a table data row is one body entry, its cells' texts joined with a space, and a table's header row
 * (th cells, or the first row of bold td cells that HubSpot and the old table layout use as a header) is in neither list;
 * accordion / toggle titles in the article (Elementor) are headings and their panels body, even while collapsed; a listing's
 * item titles (Webflow classes) are headings, each item's time / level line and description body, its "Book this class →" link
 * furniture; in the Squarespace levels the repeated "Ready to move up when they can:" lead-in is body each time; on the old
 * table layout the bold underlined lines are headings and the big bold font line is the title; an eyebrow or section label
 * above the h1 (Webflow "Classes", Ghost's tag, Ananke's section name and the cover's site description h2) is furniture; a
 * promotional box inside the content area (Elementor's call-to-action) is furniture; form labels and button labels are
 * furniture, while option texts of a select, input values and placeholders are in no list; texts a template keeps hidden until
 * a script or an action shows them (Complianz's cmplz-hidden banner, Webflow's w-form-done / w-form-fail messages, the Wix form's
 * success message, Dawn's share panel inside a closed details and its hidden buttons, the contents of Vector's closed Main menu and
 * Tools dropdowns) are in no list, while banners in the saved DOM and not hidden (HubSpot's cookie banner, Squarespace's
 * announcement bar, the LocalGov alert banner) are furniture; Ghost's reading time is furniture, its author and date bylines;
 * comments under the Shopify article, with their commenters' names and dates, are furniture; on the Discourse thread every post
 * (including a quoted passage inside a reply) is body, user names, the quote's "name:" header and post dates are bylines, like
 * counts, tags, the category badge and the related-topics table (titles, counts, header cells) furniture; the MediaWiki infobox
 * (caption, labels and values) is furniture, the References section is a heading with its notes as body, footnote markers and
 * the "^" backlinks are in no list, and "This page was last edited …" is a byline; a "Last updated" / "Page last updated" line is
 * a byline; a hit counter's image number is in no list, its "You are visitor number" text furniture; furniture and bylines are
 * tidied by a helper of the batch (tidy) that drops a text when its words also occur, as a whole-word run, in the title, a
 * heading or a body entry, so some single-word menu items ("Gym", "Sauna", "Lessons") are left out.
 */
export const HELDOUT498_PAGES: readonly TestPage[] = [
  ...HELDOUT498_A,
  ...HELDOUT498_B,
  ...HELDOUT498_C,
  ...HELDOUT498_D,
  ...HELDOUT498_D2,
  ...HELDOUT498_E,
  ...HELDOUT498_E2,
  ...HELDOUT498_F,
];
