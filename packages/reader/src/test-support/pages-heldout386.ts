import type { TestPage } from './page-kit.js';
import { HELDOUT386_A } from './pages-heldout386-a.js';
import { HELDOUT386_B } from './pages-heldout386-b.js';
import { HELDOUT386_C } from './pages-heldout386-c.js';
import { HELDOUT386_D } from './pages-heldout386-d.js';
import { HELDOUT386_E } from './pages-heldout386-e.js';
import { HELDOUT386_F } from './pages-heldout386-f.js';

/**
 * Held-out batch 386, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Webflow pricing page with
 * plan cards, a feature table and a FAQ; a Framer enterprise plan page whose main text is short; a HubSpot CMS "Shiftwell vs
 * Rotaloom" comparison landing page; a Zendesk Help Center (Copenhagen) plans and billing FAQ; a Next.js pricing calculator
 * page; an Intercom Help Center billing article on prorated charges; an Unbounce startup discount programme page; a
 * WordPress + Elementor non-profit pricing page; a Docusaurus pricing changelog; a Ghost (Source) alternatives roundup
 * post; a G2-style comparison page on an invented review marketplace; and a Squarespace 7.1 partner programme page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: plan-card plan names are headings and the card's price line, description and
 * feature items are body, its CTA button and "Most popular" badge furniture; in feature and comparison tables each body row
 * is one body text (row label and cells joined by spaces), column header cells are in neither list; FAQ questions written as
 * h2 / h3 are headings, questions in an accordion toggle (Elementor) are body; a customer quote inside the page's own
 * content is body and its attribution furniture; a calculator's controls, live values and computed estimate are furniture,
 * the prose explaining the bill is body; an Intercom article description and a Ghost excerpt under the title are body;
 * the Zendesk "Updated" meta label, Intercom's "Written by" / "Updated" line and Docusaurus' "Last updated on" line are
 * bylines; table-of-contents and sidebar entries that repeat the title or a heading are listed in neither; on the
 * review-marketplace page the review snippets are body, reviewer names and dates bylines, star ratings and review counts
 * furniture; a landing page's lead under the h1 is body, eyebrows and "Trusted by" lines are furniture.
 */
export const HELDOUT386_PAGES: readonly TestPage[] = [...HELDOUT386_A, ...HELDOUT386_B, ...HELDOUT386_C, ...HELDOUT386_D, ...HELDOUT386_E, ...HELDOUT386_F];
