import type { TestPage } from './page-kit.js';
import { HELDOUT339_A } from './pages-heldout339-a.js';
import { HELDOUT339_B } from './pages-heldout339-b.js';
import { HELDOUT339_C } from './pages-heldout339-c.js';
import { HELDOUT339_D } from './pages-heldout339-d.js';
import { HELDOUT339_E } from './pages-heldout339-e.js';
import { HELDOUT339_F } from './pages-heldout339-f.js';

/**
 * Held-out batch 339, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pottery shop's returns and
 * refunds page on WooCommerce (Storefront theme), an outdoor store's shipping and delivery page with a rates table on
 * BigCommerce (Cornerstone), a SaaS company's terms of service with numbered clauses and a "Last updated" line on Webflow,
 * an apothecary's privacy policy on a Shopify store (Dawn), a weather app's data safety page on Google Play, a bike shop's
 * cookie policy built with Elementor around a Cookiebot cookie table, a clothing shop's size guide with two tables on
 * Magento 2 Page Builder (Luma), a knife maker's warranty page on Squarespace 7.1, a district council's accessibility
 * statement on the GOV.UK Design System, a marketplace's seller fee article with a fee table on a Zendesk Help Center
 * (Copenhagen), a meal-kit subscription cancellation article on an Intercom Help Center, and a tea shop's FAQ page built as
 * an accordion on Wix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's data cells are body, one entry a cell, and its header cells are in
 * neither list; "Last updated" lines are bylines, also when they sit inside the policy's rich text (Shopify) or close the
 * Cookiebot declaration, while a statement's own "prepared on / last tested" sentence (GOV.UK) is body; Zendesk's author,
 * time and bare "Updated" label are bylines; Intercom's description line under the h1 is body and its "Written by" and
 * "Updated" lines bylines; Cookiebot's category header paragraphs ("Necessary (3)") and descriptions are body, its
 * consent-state line and links furniture; on Google Play the data-type names (h3 rows) are headings, the types, purposes
 * and security descriptions body, the app chip and the "see details" line furniture; on the Wix FAQ the category titles
 * (h2) are headings and every question (an accordion button, not a heading) and its collapsed answer are body; image
 * captions and credits, newsletter blocks, cookie banners and a breadcrumb's last item are furniture or, when they repeat
 * the title, left out of both lists; a logo or brand text that also occurs inside a body sentence is left out of
 * furniture, and menu texts are chosen so that none is part of a body text or a heading.
 */
export const HELDOUT339_PAGES: readonly TestPage[] = [...HELDOUT339_A, ...HELDOUT339_B, ...HELDOUT339_C, ...HELDOUT339_D, ...HELDOUT339_E, ...HELDOUT339_F];
