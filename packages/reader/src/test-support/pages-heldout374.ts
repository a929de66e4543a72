import type { TestPage } from './page-kit.js';
import { HELDOUT374_A } from './pages-heldout374-a.js';
import { HELDOUT374_B } from './pages-heldout374-b.js';
import { HELDOUT374_C } from './pages-heldout374-c.js';
import { HELDOUT374_D } from './pages-heldout374-d.js';
import { HELDOUT374_E } from './pages-heldout374-e.js';
import { HELDOUT374_F } from './pages-heldout374-f.js';

/**
 * Held-out batch 374, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a bank branch page on Adobe
 * Experience Manager, a supermarket store page built with Next.js, a pharmacy branch page rendered by Nuxt, a public library
 * branch page built with Elementor on WordPress, a car dealer's hours and directions page on a Dealer.com-style platform, a
 * gym location page built in Webflow, a post office finder's results listing rendered by Angular, a hotel's location page on
 * Squarespace, a restaurant chain's location page on Yext Pages, a community hospital page on an NHS trust site built with
 * nhsuk-frontend, a coworking space's location page built with Wix, and a council's household recycling centre page on
 * LocalGov Drupal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on these location pages the branch's own address, telephone number, opening hours
 * and services are body (the location is the article), each opening-hours or charges table row written "day hours" as one
 * body text, and table header cells ("Season", "Hours", "Material", "Charge") are in neither list; the "Open now" / "Closes
 * at" status, the "Get directions", "Call" and "Book" buttons, prices of membership plans and distances of nearby branches
 * are furniture; on the post office listing each result's name is a heading and its address, hours line and services are
 * body, while the result count, filters and per-result "Branch details" / "Directions" links are furniture; a quotation's
 * attribution line (the library's blockquote cite) is furniture; a council's site-wide alert banner about a closure is
 * furniture; NHS "Page last reviewed" / "Next review due" and the council's "Last updated" lines are bylines; hours kept in a
 * hidden tab (the dealer's service hours) are body.
 */
export const HELDOUT374_PAGES: readonly TestPage[] = [...HELDOUT374_A, ...HELDOUT374_B, ...HELDOUT374_C, ...HELDOUT374_D, ...HELDOUT374_E, ...HELDOUT374_F];
