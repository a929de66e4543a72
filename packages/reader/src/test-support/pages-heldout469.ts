import type { TestPage } from './page-kit.js';
import { HELDOUT469_A } from './pages-heldout469-a.js';
import { HELDOUT469_B } from './pages-heldout469-b.js';
import { HELDOUT469_C } from './pages-heldout469-c.js';
import { HELDOUT469_D } from './pages-heldout469-d.js';
import { HELDOUT469_E } from './pages-heldout469-e.js';
import { HELDOUT469_F } from './pages-heldout469-f.js';

/**
 * Held-out batch 469, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a state senate candidate's issues
 * page on NationBuilder with sign-up and donate boxes, a county executive campaign's news post on WordPress (Astra) with
 * comments, a school board candidate's endorsement list on Squarespace 7.1, a short ActBlue contribution page, a volunteer
 * sign-up form hosted on EveryAction (at.js), a ballot measure explainer on a civic wiki running MediaWiki (Vector 2022) with an
 * infobox and a table, a sheriff candidate's voter guide entry on Drupal 10 with fact fields and questions, a local party
 * branch page built with Wix, a "Yes on Measure K" explainer with an FAQ on Webflow, a council member's campaign newsletter
 * post on Ghost (Casper), a volunteer forum thread on Discourse (crawler view), and a county party press release on WordPress
 * with Elementor (Hello theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: "Paid for by" disclaimers, FEC / committee notices and platform credits are
 * furniture; a dek or standfirst under the h1 (Webflow, Ghost) is body; endorsement group headings are headings and each
 * endorser line (name, title, "title for identification only") is a body item, and a pull quote among the endorsements is
 * body; a form's field labels, option labels (volunteer activities, donation amounts), legends and button texts are
 * furniture, the pitch above the form is body, and form control values and placeholders are in no list; the voter guide's
 * fact fields give their values as body and their labels as furniture, its questions are headings and answers body, and its
 * "printed as submitted" note is body; FAQ questions are headings and answers body, even where Webflow keeps the answer in
 * a closed dropdown, while Webflow's form success and failure messages (hidden by their w-form classes) are in no list; a
 * wiki infobox, table of contents, edit links and category links are furniture, a wiki table's data rows are body, one entry a
 * row with its cells joined by spaces, header cells in no list, and the wiki's "last edited" line is a byline; in the
 * Discourse thread every post is body and its user name and date are bylines, like counts, tags and the related-topics table
 * furniture; comments under the WordPress post are furniture, their authors and dates too; a newsletter's sign-off
 * ("— Joanna") and its author and date are bylines, reading time furniture; a press release's "FOR IMMEDIATE RELEASE" and
 * contact line, its "###" end mark and its italic boilerplate about the organization are furniture, its dateline word in
 * the first paragraph stays body; a party branch's officer list is body; image captions are furniture, alt texts no list.
 */
export const HELDOUT469_PAGES: readonly TestPage[] = [...HELDOUT469_A, ...HELDOUT469_B, ...HELDOUT469_C, ...HELDOUT469_D, ...HELDOUT469_E, ...HELDOUT469_F];
