import type { TestPage } from './page-kit.js';
import { HELDOUT371_A } from './pages-heldout371-a.js';
import { HELDOUT371_B } from './pages-heldout371-b.js';
import { HELDOUT371_C } from './pages-heldout371-c.js';
import { HELDOUT371_D } from './pages-heldout371-d.js';
import { HELDOUT371_E } from './pages-heldout371-e.js';
import { HELDOUT371_F } from './pages-heldout371-f.js';

/**
 * Held-out batch 371, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WhatDoTheyKnow-style (Alaveteli)
 * FOI request thread, a MuckRock-style request page with its communications, a GOV.UK-style "FOI release" disclosure log
 * entry, a technology company's transparency report rendered by Next.js, a council's FOI response on LocalGov Drupal, a
 * lobbying register return on an ASP.NET MVC / Bootstrap site, a spending data explainer rendered by Gatsby, a journalist's
 * FOI-based story on Newspack, an information ombudsman's decision notice, an open-data portal's data request on CKAN with
 * comments, a fire and rescue service's publication scheme built with Elementor, and a state court records access guide on
 * the U.S. Web Design System.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the request threads (WhatDoTheyKnow, MuckRock) and the CKAN data request every
 * letter or comment is body, including salutations and sign-offs ("Dear ...", "Yours faithfully," and the signed name),
 * the per-message dates and the request header line ("... made this request to ...", "... filed this request with ...")
 * are bylines, and sender names that also occur inside the letters are in neither list; CKAN comment authors and dates are
 * bylines; table data cells and table captions inside the article are body and header cells (and a register's or notice's
 * field labels, which sit in the metadata lists) are furniture where listed; definition-list values that repeat the title
 * or a body text (the lobbyist's name, the public authority) are in neither list; the GOV.UK "Details" h2 is a heading,
 * its "Documents" attachment section furniture; the Elementor accordion's title and its hidden text are heading and body;
 * the USWDS process-list step titles are headings; "On this page" links that repeat the headings are in neither list; a
 * story's standfirst (Newspack subtitle) and a GOV.UK lead paragraph are furniture; "Last updated" / "Last reviewed" lines
 * and reading times are bylines, as is the lobbying return's responsible person and submission date.
 */
export const HELDOUT371_PAGES: readonly TestPage[] = [...HELDOUT371_A, ...HELDOUT371_B, ...HELDOUT371_C, ...HELDOUT371_D, ...HELDOUT371_E, ...HELDOUT371_F];
