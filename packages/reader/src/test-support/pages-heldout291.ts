import type { TestPage } from './page-kit.js';
import { HELDOUT291_A } from './pages-heldout291-a.js';
import { HELDOUT291_B } from './pages-heldout291-b.js';
import { HELDOUT291_C } from './pages-heldout291-c.js';
import { HELDOUT291_D } from './pages-heldout291-d.js';
import { HELDOUT291_E } from './pages-heldout291-e.js';
import { HELDOUT291_F } from './pages-heldout291-f.js';

/**
 * Held-out batch 291, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a PR Newswire release, a Business Wire
 * release, a GlobeNewswire mining release with a drill-results table, a company newsroom post on WordPress VIP (block theme,
 * Jetpack sharing and related posts), an investor-relations earnings release on a Q4-hosted IR site with two financial tables, an
 * ESG report chapter built with Next.js (CSS-module class names, KPI tiles, data table), a consumer-product recall on Health
 * Canada's Recalls and safety alerts site (Canada.ca GCWeb), an SEC EDGAR 8-K filing in inline XBRL (no site chrome, inline
 * styles only), a careers blog post on a Webflow site, a university's media statement on a TerminalFour site, a charity's press
 * release with "Notes to editors" on an Umbraco block-grid site, and a government department's press release on GOV.UK.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: only heading elements (h2-h6 in the article) count as headings; the bold paragraph
 * labels of wire releases and filings ("Highlights", "About ...", "Forward-Looking Statements", "Item 5.02 ...") are body, and so
 * is a release's subheadline under the h1 and its "About" boilerplate and forward-looking / cautionary statements; the wire
 * dateline at the start of the first paragraph ("CITY, Date /PRNewswire/ --", "CITY--(BUSINESS WIRE)--") is a byline and the rest of
 * that paragraph body; media and investor contact blocks, "SOURCE" lines, "ENDS" and embargo labels other than the date are
 * furniture, and an embargo line with its date is a byline; a table's data rows are body (one entry a row, cells joined by spaces)
 * and its caption body, its header cells in neither list, a note under a table furniture; KPI tiles of the ESG page are body;
 * quotations inside the body are body, a pullquote's or quote card's attribution furniture; the recall's labelled summary ("Product:",
 * "Issue:", "What to do:") and affected-products rows are body, the "Details" list (identification number, category, audience)
 * furniture, its published date and the "Date modified" line bylines; on the 8-K the title is "FORM 8-K", the cover page (commission
 * heading, registrant table, check boxes, securities table) and the signature statement are furniture, the Items and the exhibit
 * rows body, and the date and signature lines bylines; the university statement's signatory is a byline; the charity's "Notes to
 * editors" heading and items are article text; GOV.UK's lead paragraph is body and its "From:" / "Published" metadata bylines; texts
 * that repeat a body phrase (a company name in a "News provided by" link or a contact-data rail) are listed in neither list.
 */
export const HELDOUT291_PAGES: readonly TestPage[] = [...HELDOUT291_A, ...HELDOUT291_B, ...HELDOUT291_C, ...HELDOUT291_D, ...HELDOUT291_E, ...HELDOUT291_F];
