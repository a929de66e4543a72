import type { TestPage } from './page-kit.js';
import { HELDOUT277_A } from './pages-heldout277-a.js';
import { HELDOUT277_B } from './pages-heldout277-b.js';
import { HELDOUT277_C } from './pages-heldout277-c.js';
import { HELDOUT277_D } from './pages-heldout277-d.js';
import { HELDOUT277_E } from './pages-heldout277-e.js';
import { HELDOUT277_F } from './pages-heldout277-f.js';

/**
 * Held-out batch 277, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK guide part with its
 * Contents list, step-by-step navigation, "Print entire guide" and "Is this page useful?"; a USA.gov benefits page on the U.S.
 * Web Design System; a Canada.ca news release (GCWeb, Français toggle, "Date modified", "Report a problem or mistake on this
 * page"); an Australian Government service page built with Next.js and the design system's Emotion classes, whose main text is
 * short; a European Commission news article on europa.eu (Europa Component Library); an NHS website condition page with
 * care cards and page review dates; a CDC-style health topic page with "Key points" and a data table; an IRS-style form
 * instructions page; a state DMV page built with Drupal's Layout Builder (alerts bar, Google Translate widget); a city
 * council news item in a CivicPlus News Flash module; a UN News story; and a WHO fact sheet with a regional data table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a multi-part guide (GOV.UK) the page's h1 is the guide's title and the current
 * part's title (a second h1) is the first heading; the Contents list's other parts are furniture and the current part's
 * entry is in neither list. "On this page" lists repeat headings and their items are in neither list, the label is furniture.
 * A standfirst or description under the h1 (Australian page, europa.eu page header, UN News lead) is body. A "Key points" or
 * "Key facts" box at the top of the article is body and its label a heading. Table captions and data cells are body, table
 * header cells in neither list. Quotes and their attribution lines inside a news release are body; the release's Contacts
 * and Associated links sections (headings too) are furniture, and its "From:" line, dateline paragraph and "Date modified"
 * date are bylines. NHS care card headings are headings, their visually hidden "Urgent advice:" labels furniture, and the
 * do / don't labels in neither list. Labels of the CivicPlus item's bold run-in subheads are headings. The IRS form's h2
 * subtitle is a heading, its "Revised:" line a byline and its "Section references" note body. The CDC "Source:" line is a
 * byline. A button, label or language name of two letters or fewer is left out of furniture.
 */
export const HELDOUT277_PAGES: readonly TestPage[] = [...HELDOUT277_A, ...HELDOUT277_B, ...HELDOUT277_C, ...HELDOUT277_D, ...HELDOUT277_E, ...HELDOUT277_F];
