import type { TestPage } from './page-kit.js';
import { HELDOUT558_A } from './pages-heldout558-a.js';
import { HELDOUT558_B } from './pages-heldout558-b.js';
import { HELDOUT558_C } from './pages-heldout558-c.js';
import { HELDOUT558_D } from './pages-heldout558-d.js';
import { HELDOUT558_E } from './pages-heldout558-e.js';
import { HELDOUT558_F } from './pages-heldout558-f.js';

/**
 * Held-out batch 558, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a piano teacher's lesson fees page
 * on Squarespace 7.1 (fluid engine) with a fees table, a guitar teacher's lessons page built with Wix with a testimonials strip,
 * a music school's term timetable on WordPress with Divi and a right sidebar, a youth music charity's fees page built with
 * Elementor (Hello theme) with an FAQ toggle, a violin outfit product page on Shopify (Dawn) with price, variant pills,
 * accordion and recommendations, a music shop's digital piano buying guide on the BigCommerce blog (Cornerstone), a county
 * music service's long guide to a first instrument on Drupal 10 (Olivero), a violin teacher's blog post on Ghost (Casper), a
 * drum school's course page on Webflow (CMS item with a price card), a music shop's repair price list in an old FrontPage
 * table layout, a Discourse thread among music teachers about missed lessons, and a brass band's learner page built with Weebly.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells joined with spaces, and header cells
 * are in neither list (fees tables, the timetable, the repair price lists, the product spec table); a dek or excerpt under
 * the h1 is body; the h1 is the title even where a theme repeats it (Shopify's hidden quick-add h2) or where the platform
 * uses an h2 for the page title (Weebly); FAQ toggle questions and answers are body, one entry each; on a product page the
 * description, its list and spec table are body, while the vendor label, price, tax note, variant labels, add-to-cart,
 * shipping accordion and recommendations are furniture; call-to-action buttons (book a trial, enrol, reserve) and a
 * course card's price and length are furniture; a testimonials strip outside the page's text is furniture; on the Discourse
 * thread every post is body and user names and post dates are bylines, with likes, replies and topic-map counts furniture;
 * a "Last reviewed" field and a "Last updated" footer date are bylines; an image caption, a visitor counter and a platform's
 * sign-up badge are furniture; one-word menu items that also occur as words of the body or title (Home, Lessons, Fees,
 * Strings, Keyboards, Ensembles, Exams, More, Like) and link texts that occur inside a body entry are left out of furniture.
 */
export const HELDOUT558_PAGES: readonly TestPage[] = [...HELDOUT558_A, ...HELDOUT558_B, ...HELDOUT558_C, ...HELDOUT558_D, ...HELDOUT558_E, ...HELDOUT558_F];
