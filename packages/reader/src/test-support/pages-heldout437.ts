import type { TestPage } from './page-kit.js';
import { HELDOUT437_A } from './pages-heldout437-a.js';
import { HELDOUT437_B } from './pages-heldout437-b.js';
import { HELDOUT437_C } from './pages-heldout437-c.js';
import { HELDOUT437_D } from './pages-heldout437-d.js';
import { HELDOUT437_E } from './pages-heldout437-e.js';
import { HELDOUT437_F } from './pages-heldout437-f.js';

/**
 * Held-out batch 437, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a drug maker's press release on
 * GlobeNewswire with forward-looking statements, a biotech's pipeline page on Webflow (a div-grid table of programmes with short
 * prose), a product information page for U.S. healthcare professionals on Adobe Experience Manager with an Important Safety
 * Information box and a sticky ISI tray, a medical device maker's product page on HubSpot CMS, a science / technology platform
 * page built with Elementor, a clinical-trial sponsor's patient page built with Next.js and Tailwind, a biotech news article on
 * a Newspack (WordPress) news site in the Endpoints / Fierce style, a cell-therapy company's blog post on Drupal's Olivero theme
 * with comments, a patient-support programme page on Wix, an investor event page on a Q4 investor relations site, a pharma
 * company's "Our medicines" listing on Sitecore SXA, and an employee careers story on a Phenom career site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a press release's dateline ("CAMBRIDGE, Mass., March 9, 2026 (GLOBE NEWSWIRE) --")
 * stays inside its first paragraph and is not listed as a byline, while the release's published line and "Source:" line are
 * bylines; the release's bold "About ..." and "Forward-Looking Statements" lines are headings and the forward-looking statements
 * are body, the "###" end mark and the contacts block furniture; in data grids and tables (the pipeline rows, the device
 * specifications, the blog's before / after table) every data cell is its own body entry and header cells are in neither list;
 * on the HCP page the in-page Important Safety Information box is article (its h2 and h3 headings, its items body) while the
 * sticky ISI tray, the HCP gate and the utility bar are furniture; page-builder icon-box titles (Elementor) and card titles (Wix)
 * and FAQ accordion questions (Next.js) are headings, their texts body; Elementor counter labels and the trial page's facts strip
 * are furniture; a news article's subtitle (dek) is body and a pull quote repeating nothing is body, its attribution furniture;
 * a testimonial quote on a product page is body, its attribution furniture; on the investor event page the event's date, time
 * and location lines are body (the event's facts, not a dateline), the add-to-calendar, webcast and presentation links
 * furniture; a support programme's savings terms footnote is body, its phone strip furniture; on the medicines listing each
 * medicine's name is a heading and its therapy-area line and summary are body; the careers story's author line, date and
 * reading time are bylines, its "At a glance" fact box furniture; a nav item or breadcrumb equal to the page's title or to an
 * article heading is left out of both lists; comments (Drupal) are furniture with their authors and dates. The Wix support page,
 * the Q4 event page and the Sitecore listing are the short-main-text pages of the batch.
 */
export const HELDOUT437_PAGES: readonly TestPage[] = [...HELDOUT437_A, ...HELDOUT437_B, ...HELDOUT437_C, ...HELDOUT437_D, ...HELDOUT437_E, ...HELDOUT437_F];
