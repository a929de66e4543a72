import type { TestPage } from './page-kit.js';
import { HELDOUT554_A } from './pages-heldout554-a.js';
import { HELDOUT554_B } from './pages-heldout554-b.js';
import { HELDOUT554_C } from './pages-heldout554-c.js';
import { HELDOUT554_C2 } from './pages-heldout554-c2.js';
import { HELDOUT554_D } from './pages-heldout554-d.js';
import { HELDOUT554_E } from './pages-heldout554-e.js';
import { HELDOUT554_F } from './pages-heldout554-f.js';

/**
 * Held-out batch 554, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pawnshop's "how pawn loans work"
 * page on WordPress (Astra, CookieYes banner), a pawn and gold shop's short loan terms page on Wix (free plan ad bar), a gold
 * buyer's per-gram price guide with a karat table on Shopify (Dawn), a phone buyback price guide with price tables and a quote
 * widget on Next.js (Tailwind), a long gold buyer's blog post on testing gold at home on Ghost (Casper), a pawnshop FAQ with an
 * accordion on Squarespace 7.1, a phone buyback "how it works" page with step cards and testimonials on Webflow, a pawnshop's
 * "pawn or payday loan" blog post on HubSpot CMS (Growth theme), a pawnbrokers' association consumer guide with a definition
 * list on Drupal 10 (Olivero), a forum thread about a pawnshop offer for a gold chain on Discourse (crawler view), a small
 * pawnshop's loan rates page in an old Dreamweaver table layout, and a phone buyback condition guide on Elementor Pro (Hello).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or hero line under the h1 (Ghost excerpt, Next.js lead, Webflow hero
 * paragraph) is body; a table's data rows are body, one entry a row with its cells joined by a space, its header cells in
 * neither list; FAQ accordion questions are headings and their answers body (the answers are in the DOM though collapsed);
 * step card titles and condition grade names are headings, their texts, one-line grade descriptions and criteria lists body;
 * a definition list's terms and definitions are each a body entry; on the table-layout page the bold font-tag title is the
 * title and the bold-only section lines are headings; notes and disclaimers inside the article (the italic price note, the
 * italic licensing note, the Ghost callout card, the Elementor alert text) are body, the alert's "Tip" label furniture;
 * call-to-action buttons in or under the article (Get a Free Estimate, Order your free kit, Check my phone's value, Call ...)
 * and the Squarespace "Still have a question?" section after the FAQ are furniture; testimonial sliders, rating widgets and
 * quote forms (heading, labels, button) are furniture, select options and input values in no list; the Ghost author name,
 * date and reading time are bylines, the dates and reading times on its "read more" cards furniture; the Drupal "Page last
 * reviewed" line is a byline; on the forum the posts are body, user names and post times bylines, the category badge, tags,
 * post numbers, like counts and the related topics table (titles, categories, header cells, counts, activity months) furniture,
 * where a bare number that is also a word of the body ("1", "9") is left out as the usual rule says; the Wix ad bar and the
 * table layout's hit counter and "best viewed" line are furniture; aria-hidden duplicate mobile menus are in no list.
 */
export const HELDOUT554_PAGES: readonly TestPage[] = [
  ...HELDOUT554_A,
  ...HELDOUT554_B,
  ...HELDOUT554_C,
  ...HELDOUT554_C2,
  ...HELDOUT554_D,
  ...HELDOUT554_E,
  ...HELDOUT554_F,
];
