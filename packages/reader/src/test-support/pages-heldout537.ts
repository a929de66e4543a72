import type { TestPage } from './page-kit.js';
import { HELDOUT537_A } from './pages-heldout537-a.js';
import { HELDOUT537_B } from './pages-heldout537-b.js';
import { HELDOUT537_B2 } from './pages-heldout537-b2.js';
import { HELDOUT537_C } from './pages-heldout537-c.js';
import { HELDOUT537_D } from './pages-heldout537-d.js';
import { HELDOUT537_E } from './pages-heldout537-e.js';
import { HELDOUT537_F } from './pages-heldout537-f.js';

/**
 * Held-out batch 537, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a charging network's location page
 * (live status, chargers table, map, nearby sites) on Next.js, a charging network's prices page (price cards, table, accordion)
 * on WordPress with Elementor, a borough council's penalty charge notice guide on LocalGov Drupal, a private parking operator's
 * appeals blog post on Squarespace 7.1, a charging app's help centre article on Zendesk Guide (Copenhagen), an EV owners'
 * forum thread about faulted chargers on Discourse, a charging network's press release on the HubSpot CMS blog, an EV blog
 * post comparing network price changes on Ghost (Casper), a small car park operator's season ticket page on Wix, an on-street
 * charging company's request page with a form on Webflow, a charging network's article on a self-hosted MediaWiki (Vector
 * legacy), and a city council's car park charges page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; each table data row is one body entry,
 * its cells' texts joined by spaces, and header rows (th cells, or the old layout's bold first row) are in neither list; a
 * price or tariff note under a table is body; price cards' plan names are headings and their price and feature items body,
 * their buttons furniture; FAQ questions written as `<summary>` (not heading tags) are body, each followed by its answer, and
 * the text of closed `<details>` panels is body (the reader opens them); step cards' titles written as h3 are headings, their
 * step numbers furniture; on the location page the address line, intro, chargers table, its note, the sections and the
 * opening hours are body, while the live availability badge, map attribution, "Get directions" / "Start charging" buttons,
 * nearby sites and membership promo are furniture and "Updated 2 minutes ago" is a byline; a press release's quote and its
 * "About ..." boilerplate paragraph are body; a callout card inside a post is body; reading time ("• 5 min read") and
 * figure captions with photo credits are furniture; the dates of "read more" cards are bylines, their titles furniture; on
 * the forum thread every post's paragraphs and list items are body (there are no headings), user names and post dates are
 * bylines, and the category, tags, Reply buttons, topic map labels and numbers and suggested topics are furniture; on the
 * wiki the infobox data rows are body ("label value", before the lead as in the DOM), its title row repeats the title and is
 * left out, the reference markers ("[1]") stay in the body text as shown, the References heading is a heading and each
 * reference is a body entry as displayed (with its "↑" backlink), while the table of contents, "edit" links, categories,
 * tabs, sidebars and "Retrieved from" line are furniture and "This page was last edited on ..." is a byline; on the old
 * table layout page the bold font lines heading its sections are headings and its big bold line the title, and "Page last
 * updated: ..." is a byline; a council guide's "Page last reviewed: ..." and a help article's "2 months ago" and "Updated"
 * are bylines; screen-reader-only text (visually-hidden or sr-only labels, Wix's "top of page" / "bottom of page", Vector's
 * "Navigation menu") counts as visible furniture, while texts hidden by the platform's classes until an action (Webflow's
 * w-form-done / w-form-fail messages, Squarespace's `hidden` form submission text) are in no list; form labels are
 * furniture, form control values (submit buttons written as `<input value>`) and placeholders in no list; comment counts
 * ("0") and vote tallies are furniture; a forum user name that a later post @-mentions is left out of bylines, like any text
 * that is part of a body entry.
 */
export const HELDOUT537_PAGES: readonly TestPage[] = [
  ...HELDOUT537_A,
  ...HELDOUT537_B,
  ...HELDOUT537_B2,
  ...HELDOUT537_C,
  ...HELDOUT537_D,
  ...HELDOUT537_E,
  ...HELDOUT537_F,
];
