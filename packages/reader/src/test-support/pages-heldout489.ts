import type { TestPage } from './page-kit.js';
import { HELDOUT489_A } from './pages-heldout489-a.js';
import { HELDOUT489_B } from './pages-heldout489-b.js';
import { HELDOUT489_C } from './pages-heldout489-c.js';
import { HELDOUT489_D } from './pages-heldout489-d.js';
import { HELDOUT489_E } from './pages-heldout489-e.js';
import { HELDOUT489_F } from './pages-heldout489-f.js';

/**
 * Held-out batch 489, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a lansoprazole medicine information
 * page on a Drupal (Olivero) health-board site with a dose table and an accordion, a pharmacy travel-vaccination clinic service
 * page on WordPress with Elementor (Hello theme), a repeat-prescription guide on Squarespace 7.1, a winter flu and COVID vaccine
 * clinic notice on Wix, an "Ask a Pharmacist" question thread on Discourse (crawler view), a pharmacy-only antihistamine product
 * page on Shopify (Dawn), a pharmacist's blog post on antibiotics and alcohol on Ghost (Casper) with comments, an enoxaparin
 * monograph on a hospital pharmacy MediaWiki (Vector) with an infobox and contents box, a pharmacist Q&A article on a Next.js
 * pharmacy health hub, a prescription-delivery announcement on a HubSpot CMS blog, a minor ailments service page on a Hugo
 * site (Book theme), and a medicine-disposal notice on an old table-layout chemist's site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 is body; a table's data rows are body, one entry a row
 * with its cells joined by a space, and header cells are in neither list; collapsed accordion or `<details>` panels (not
 * `hidden`) are article text, their titles headings and their panels body; a service page's step titles ("Step 1") are headings;
 * call-to-action buttons inside the article (book, register, ask us), testimonials, boxed disclaimers and "report a side effect"
 * callouts are furniture; "reviewed", "last reviewed / next review due", "answered by", "last updated" and wiki "last edited"
 * lines are bylines; on a forum or Q&A thread every post is body and the usernames and post dates bylines, while post numbers
 * and like counts are furniture; comments under a blog post are furniture but their author names and dates are bylines; on a
 * product page the product title is the title, the description and its Directions / Warnings / Ingredients tabs are the article
 * (their tab titles headings), and vendor, price, tax note, quantity, pack limit and cart buttons are furniture; on the Q&A
 * article each question is a heading and its answer body; a pull quote or quoted statement inside the article is body; a
 * wiki infobox and its table of contents are furniture, but their texts that repeat the title, a heading or body words are
 * left out, and the print-only "Retrieved from" footer is in no list; visually hidden (screen-reader) labels and skip links
 * count as furniture, elements with the `hidden` attribute or class in no list; a site name used as a menu item or a
 * navigation word that is also a word of the body (Clinics, Help, Delivery, Fernhill Pharmacy) is left out of furniture.
 */
export const HELDOUT489_PAGES: readonly TestPage[] = [...HELDOUT489_A, ...HELDOUT489_B, ...HELDOUT489_C, ...HELDOUT489_D, ...HELDOUT489_E, ...HELDOUT489_F];
