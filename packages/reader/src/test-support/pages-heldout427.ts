import type { TestPage } from './page-kit.js';
import { HELDOUT427_A } from './pages-heldout427-a.js';
import { HELDOUT427_B } from './pages-heldout427-b.js';
import { HELDOUT427_C } from './pages-heldout427-c.js';
import { HELDOUT427_D } from './pages-heldout427-d.js';
import { HELDOUT427_E } from './pages-heldout427-e.js';
import { HELDOUT427_F } from './pages-heldout427-f.js';
/**
 * Held-out batch 427, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a charitable foundation's
 * community grant programme page on Drupal 10 (Olivero) with eligibility lists and key dates, a university's undergraduate
 * scholarship listing on TerminalFour (ten short entries), a research council's funding opportunity on a UKRI-style
 * WordPress template with a key facts summary and a funding table, a scholarship aggregator's award detail page on Next.js
 * with a "Similar scholarships" sidebar, an arts council's open call on WordPress (Twenty Twenty-One) with comments, a
 * fellowship announcement in a local paper on BLOX CMS (TownNews), a community trust's small grants page on Squarespace 7.1
 * with an accordion and a newsletter block, a grants database search result page in the style of Candid's directory (a
 * React app), a call topic page on an EU funding portal in the style of the Funding & Tenders Portal (Angular / eUI
 * markup), a student finance help article on Zendesk Guide (Copenhagen), a short fiction prize's call for entries on Wix,
 * and a research council's press release about awarded grants on GOV.UK.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on key-facts boxes and summary lists (the UKRI-style summary, the aggregator's
 * key facts, the EU portal's "General information") the values are body and the labels in neither list, as are table
 * header cells, while table captions and data cells are body; on the scholarship listing and the grants database each
 * entry's name (an h2 / h3) is a heading and its description and fact lines (value, closing date; funder, amount, year,
 * purpose) are body, the filters, counts, sort and pagination furniture; the EU portal's bold "Expected Outcome:" and
 * "Scope:" paragraphs are body; the Squarespace accordion's questions are headings and its answers body; the GOV.UK lead
 * paragraph is body, the "From:" organisations and the dates bylines; comments on the WordPress post, with their authors
 * and dates, are furniture; a provider line ("Offered by ...") and a page's sub-label (the EU topic identifier) are
 * furniture; the aggregator's "Listing verified ... on" line and a help article's author, relative date and "Updated" are
 * bylines; an inline "Read more:" promo inside the article body is furniture.
 */
export const HELDOUT427_PAGES: readonly TestPage[] = [...HELDOUT427_A, ...HELDOUT427_B, ...HELDOUT427_C, ...HELDOUT427_D, ...HELDOUT427_E, ...HELDOUT427_F];
