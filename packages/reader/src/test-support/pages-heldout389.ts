import type { TestPage } from './page-kit.js';
import { HELDOUT389_A } from './pages-heldout389-a.js';
import { HELDOUT389_B } from './pages-heldout389-b.js';
import { HELDOUT389_C } from './pages-heldout389-c.js';
import { HELDOUT389_D } from './pages-heldout389-d.js';
import { HELDOUT389_E } from './pages-heldout389-e.js';
import { HELDOUT389_F } from './pages-heldout389-f.js';

/**
 * Held-out batch 389, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an iFixit-style step-by-step
 * laptop fan replacement guide with tools and parts lists, a router maker's troubleshooting article on a Zendesk Help Center
 * (Copenhagen theme), an Apple Support style article on a tablet that won't charge, a dishwasher error-code page built with
 * Elementor, a vBulletin 4 car forum thread, a right-to-repair advocacy explainer on Drupal (Olivero), a bike shop's gear
 * indexing guide on a Shopify (Dawn) blog, a printer driver help page rendered by an Angular app, an earbuds teardown page on
 * a MediaWiki wiki (Vector 2022), a heating engineer's boiler fault guide on Squarespace 7.1, a laptop service manual topic
 * published as Oxygen WebHelp from DITA, and a phone boot-loop question with an accepted solution on a Khoros community.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the forum pages (vBulletin, Khoros) every post is body, the asker's follow-up
 * included, and text quoted from an earlier post inside a reply is body too; the title is the h1 text as shown, with the
 * "Thread:" prefix and the "Solved!" badge; usernames and post dates are bylines, ranks, join dates, post counts, kudos,
 * signatures and the "Solution" label furniture. Tools and parts lists of the repair guide, the prerequisites, steps, caution
 * text and result of the service manual, and the data cells of the error-code and components tables (the codes included) are
 * body; table header cells are in neither list. The step titles of the repair guide are headings with their "Step n" label;
 * the task section labels of the service manual ("Prerequisites", "Steps", ...) are headings, and the wiki's "References"
 * heading is a heading while its reference text is body. Infobox labels and values, figure captions, the "Read more:" promo and
 * in-page "On this page" lists are furniture; a table-of-contents or sidebar entry that repeats the title or a heading is left
 * out of the furniture, and so is any furniture text that also occurs inside a body text (case-insensitively, see `outside` in
 * the batch kit). "Published Date" / "Last updated" / "last edited" / document revision lines are bylines; article IDs are
 * furniture. Pages of the kinds the family finds hard: the two forum threads, the two page-builder pages (Elementor,
 * Squarespace), the Angular page, whose main text is also short (about 140 words), and the error-code data page.
 */
export const HELDOUT389_PAGES: readonly TestPage[] = [...HELDOUT389_A, ...HELDOUT389_B, ...HELDOUT389_C, ...HELDOUT389_D, ...HELDOUT389_E, ...HELDOUT389_F];
