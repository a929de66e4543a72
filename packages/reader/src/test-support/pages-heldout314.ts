import type { TestPage } from './page-kit.js';
import { HELDOUT314_A } from './pages-heldout314-a.js';
import { HELDOUT314_B } from './pages-heldout314-b.js';
import { HELDOUT314_C } from './pages-heldout314-c.js';
import { HELDOUT314_D } from './pages-heldout314-d.js';
import { HELDOUT314_E } from './pages-heldout314-e.js';
import { HELDOUT314_F } from './pages-heldout314-f.js';

/**
 * Held-out batch 314, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a plumber's services page built
 * with the Wix editor, a law firm's family-law practice-area page on Squarespace 7.1 (fluid engine), an accountant's blog post
 * on the WordPress Astra theme with comments, a hair salon's Wix Blog post with the Wix comments widget, a bakery's short
 * "Our Story" page on GoDaddy Websites + Marketing, a car garage's MOT page on Weebly with a price table, a yoga studio's class
 * listing and timetable on Jimdo Creator, a tattoo studio's aftercare page built with the Divi builder, a florist's flower-care
 * guide on a Squarespace 7.0 (Brine) blog with comments, a cleaning company's FAQ page built with Elementor (accordions), a pet
 * groomer's blog post on the WordPress GeneratePress theme with Jetpack sharing and related posts, and a music shop's
 * repair-service page written by hand.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the hard kinds here are the page-builder pages (Wix, Divi, Elementor), the short
 * GoDaddy page (about 190 words of body), the Jimdo class listing and the Weebly and music-shop price tables; a price table's
 * data rows are body, one entry a row with its cells joined by a space, the header cells in neither list, its caption
 * furniture; on the Elementor FAQ the accordion questions (div.elementor-tab-title rows) are headings, after the h2 of their
 * group, and the answers body; on the Jimdo listing each class's schedule line (in bold) is body; a pull quote written by
 * the business inside the article (Squarespace quote blocks) is body, its attribution furniture; the three Divi blurb cards
 * that restate the aftercare steps above the text, and the Wix strip of customer review quotes, are furniture; a "Read
 * more" promo or a bold link to a service inside the article text is furniture; a nav item whose text is the page title
 * (or appears inside the title or a heading, such as "Prices", "Repairs" or "Home" against "Working from home") is left
 * out of the furniture list; comments and their authors and dates are furniture, the article's own author, date, reading
 * time, "Reviewed by ... · Updated" and "Last updated" lines are bylines; service pages without an author line have no
 * bylines.
 */
export const HELDOUT314_PAGES: readonly TestPage[] = [...HELDOUT314_A, ...HELDOUT314_B, ...HELDOUT314_C, ...HELDOUT314_D, ...HELDOUT314_E, ...HELDOUT314_F];
