import type { TestPage } from './page-kit.js';
import { HELDOUT511_A } from './pages-heldout511-a.js';
import { HELDOUT511_A2 } from './pages-heldout511-a2.js';
import { HELDOUT511_B } from './pages-heldout511-b.js';
import { HELDOUT511_C } from './pages-heldout511-c.js';
import { HELDOUT511_D } from './pages-heldout511-d.js';
import { HELDOUT511_E } from './pages-heldout511-e.js';
import { HELDOUT511_F } from './pages-heldout511-f.js';

/**
 * Held-out batch 511, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an energy supplier's two-year fixed
 * tariff page built with Elementor Pro on WordPress, a water company's hosepipe-ban news notice on Drupal 10, a solar
 * installer's FAQ on Squarespace 7.1 with an accordion block, a distribution network's planned power-cut notice on Next.js, a
 * supplier's meter-reading guide on HubSpot CMS with an embedded form, a solar installer's winter-installs blog post on Wix
 * Blog, a rural water association's water-off notice on an old hand-written table layout, a community energy co-operative's
 * share-offer news post on Ghost (Casper), a smart-meter thread on a supplier's Discourse community, a Direct Debit help
 * article on Zendesk Guide (Copenhagen), an off-grid solar shop's sizing article on Shopify (Dawn), and a water board's Stage 2
 * drought-restrictions page on Hugo (Ananke).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or summary under the h1 (Elementor text widget, Drupal summary
 * field, Wix post description, Ghost excerpt) is body; table data rows are body, one entry a row with its cells joined by
 * spaces, and table header cells are in neither list; a summary list of key facts (the power-cut reference, date, times,
 * postcodes, homes) is body, one entry a row as "term value"; an update log inside the article is body, its "Updates"
 * heading a heading; FAQ questions in an accordion are headings and their answers body, the closed answers included (they are
 * in the DOM, only collapsed by CSS); a tip or callout box inside the article text (HubSpot tip, Ghost callout card) is body,
 * its emoji in no list, while a Ghost bookmark card and call-to-action buttons inside the article (quote, download, join the
 * register) are furniture; a blockquoted customer quote is body; forum posts are body and their user names and dates bylines
 * (each once), like counts, topic-map figures and suggested-topics rows (titles, counts, dates) furniture; reading times, word
 * counts, "Updated" labels, a board's sign-off ("- The Board of Directors") and a "Page last updated" line are bylines; view,
 * comment and like counts are furniture; the labels of forms (newsletter, comment, reading, SMS) are furniture, but submit
 * buttons that are `<input>` values and placeholders are in no list; the Wix free-site banner, the Squarespace announcement
 * bar and the Next.js storm alert banner are furniture; a page-type label or section label over the h1 ("Press release",
 * "Planned work", "Help centre", "Notices", "News") is furniture; visually hidden labels inside links and headers ("Cart",
 * "Log in", "Pennine Grid home", "Main navigation") are furniture like other visible text of menus; a table-of-contents rail
 * repeating the headings adds nothing to furniture; texts that also occur in the title, a heading or a body entry (a nav item
 * such as "Solar", "Tariffs", "Batteries", a tag such as "Upper Wend" or "winter", a breadcrumb holding the incident reference
 * or the article title) are left out of furniture.
 */
export const HELDOUT511_PAGES: readonly TestPage[] = [
  ...HELDOUT511_A,
  ...HELDOUT511_A2,
  ...HELDOUT511_B,
  ...HELDOUT511_C,
  ...HELDOUT511_D,
  ...HELDOUT511_E,
  ...HELDOUT511_F,
];
