import type { TestPage } from './page-kit.js';
import { HELDOUT313_A } from './pages-heldout313-a.js';
import { HELDOUT313_B } from './pages-heldout313-b.js';
import { HELDOUT313_C } from './pages-heldout313-c.js';
import { HELDOUT313_D } from './pages-heldout313-d.js';
import { HELDOUT313_E } from './pages-heldout313-e.js';
import { HELDOUT313_F } from './pages-heldout313-f.js';

/**
 * Held-out batch 313, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an airline's newsroom press
 * release on Drupal, a flight-status page rendered by a Next.js app, an air accident investigation report summary on a
 * GOV.UK-style publishing page, an airport's passenger guide built with Adobe Experience Manager core components, a shipping
 * line's customer advisory on a HubSpot CMS blog, a maritime news article on WordPress with the tagDiv Newspaper theme, a
 * port authority's notice to mariners on Joomla 4 (Cassiopeia), a plane-spotting thread on a phpBB 3.3 (prosilver) forum,
 * an aircraft type page on a Fandom wiki, an airline's review listing on a WordPress airline review site, a cargo tracking
 * help article on a Zendesk Help Center (Copenhagen theme), and a pilot's blog post on Ghost (Casper theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a press release's dateline paragraph ("VESSMARK, 4 March 2026") is a byline, and
 * its "About ..." boilerplate is body with its heading, while the media contact and downloads blocks are furniture; on the
 * flight-status page the status summary, the departure / arrival / details rows and the travel notice are body, the status
 * pill ("Delayed"), the search form and "Last updated" line are not (the last is a byline); the GOV.UK lead paragraph is
 * body, its "From:" / "Published" metadata labels and values are bylines and the facet metadata (aircraft category, report
 * type, occurrence date), attachment box and contents list are furniture; AEM accordion panels (expanded or collapsed) are
 * body and their titles headings, the live waiting-time teaser is furniture; a notice's closing signature ("Harbour Master,
 * ...") and "Published:" line are bylines, its position table cells body, "Hits" furniture; on phpBB the topic title sits
 * in h2.topic-title (the h1 is the board name) and is the title, each post's text is one body entry, the usernames and post
 * times are bylines, ranks, post counts and signatures furniture; a wiki's portable infobox (labels and values) and table
 * of contents are furniture; on the review listing the h1 names the airline's reviews, each review's quoted headline is a
 * heading, its text body, its reviewer name, home town and date bylines, and its verification label and rating table
 * furniture (the two-letter "no" cell is left out); Zendesk's author and "Updated" line are bylines, the callout note is
 * body; Ghost's custom excerpt under the title is body, the reading time a byline, image captions furniture. Texts of one
 * or two letters, and furniture texts that also occur inside the body (a breadcrumb "Aeralis" on the review listing), are
 * not listed.
 */
export const HELDOUT313_PAGES: readonly TestPage[] = [...HELDOUT313_A, ...HELDOUT313_B, ...HELDOUT313_C, ...HELDOUT313_D, ...HELDOUT313_E, ...HELDOUT313_F];
