import type { TestPage } from './page-kit.js';
import { HELDOUT295_A } from './pages-heldout295-a.js';
import { HELDOUT295_B } from './pages-heldout295-b.js';
import { HELDOUT295_C } from './pages-heldout295-c.js';
import { HELDOUT295_D } from './pages-heldout295-d.js';
import { HELDOUT295_E } from './pages-heldout295-e.js';
import { HELDOUT295_F } from './pages-heldout295-f.js';

/**
 * Held-out batch 295, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WebMD-style condition article with
 * a medically-reviewed byline, a Drugs.com-style drug monograph with a dosing table, an EMC-style patient information leaflet, a
 * ClinicalTrials.gov-style study record rendered by an Angular app, a veterinary clinic's pet-health article built with WordPress
 * and Elementor, a pharmacy chain's health hub page on Adobe Experience Manager components with a product carousel, a fitness
 * blog's eight-week training plan on Squarespace with comments, a mental-health app's blog post on Webflow, a dental practice's
 * short treatment page on Wix, a supplement brand's "science" page on Shopify's Dawn theme, a hospital's patient portal help
 * article on Zendesk Guide, and a health charity's symptoms page on Drupal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's data cells are body (one entry a cell) and its header cells in neither list;
 * an in-page "In this article" / table-of-contents list repeats the headings and is in neither list; a "Key takeaways" box and a
 * node summary field written for the article are body, their labels furniture; a quote from a patient or staff member inside the
 * article is body; "Medically reviewed by", "Written by", "Last reviewed" and "Next review due" lines, author names and dates are
 * bylines, reading times furniture; the drug monograph's "Generic name / Brand names / Dosage form / Drug class" box, its closing
 * "Further information" disclaimer and a page's sources or references list are furniture; on the study record the free-text
 * summary, description, eligibility items, arms table and outcome are body, the overview fields' values body and their labels
 * furniture, the "First Posted" and "Last Update Posted" lines bylines, the NCT id and status chip furniture; the leaflet's
 * "last revised" sentence inside section 6 is body; product tiles, prices, promo teasers, calls to action, helpline call-outs
 * and comments on articles are furniture; texts repeated on a page (a menu item that is also a breadcrumb) are listed once.
 */
export const HELDOUT295_PAGES: readonly TestPage[] = [...HELDOUT295_A, ...HELDOUT295_B, ...HELDOUT295_C, ...HELDOUT295_D, ...HELDOUT295_E, ...HELDOUT295_F];
