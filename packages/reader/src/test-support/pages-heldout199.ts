import type { TestPage } from './page-kit.js';
import { HELDOUT199_A } from './pages-heldout199-a.js';
import { HELDOUT199_B } from './pages-heldout199-b.js';
import { HELDOUT199_C } from './pages-heldout199-c.js';
import { HELDOUT199_D } from './pages-heldout199-d.js';
import { HELDOUT199_E } from './pages-heldout199-e.js';
import { HELDOUT199_F } from './pages-heldout199-f.js';

/**
 * Held-out batch 199, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Canada.ca service page (GCWeb),
 * a Services Australia payment page, a gov.ie publication page, a gov.scot news release (Design System), a Singapore
 * government agency explainer on Isomer, an Indian PIB press release, a govt.nz guidance page, a European Commission press
 * corner release (ECL), a NSW Health fact sheet (SharePoint), an Ontario Newsroom news release, a UK district council
 * service page on LocalGov Drupal and a GOV.WALES guidance page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a page's summary, lead or dek and notices that are part of the service text (an
 * alert box, a tip callout, a key points box, an info note) are body; table data cells are body; "On this page" and
 * "Contents" lists that repeat the headings are left out; call-to-action buttons ("Apply online", "Subscribe to ...",
 * "Register your birds"), quote attributions, press contacts, document numbers and release initials are in neither list;
 * "Date modified", "Page last updated", "Published" and similar date lines are bylines; a short furniture text that is
 * also a whole word group of a short gold line (a heading, the title, a short list item) or that repeats a longer gold
 * phrase (a breadcrumb naming the page) is left out.
 */
export const HELDOUT199_PAGES: readonly TestPage[] = [...HELDOUT199_A, ...HELDOUT199_B, ...HELDOUT199_C, ...HELDOUT199_D, ...HELDOUT199_E, ...HELDOUT199_F];
