import type { TestPage } from './page-kit.js';
import { HELDOUT438_A } from './pages-heldout438-a.js';
import { HELDOUT438_B } from './pages-heldout438-b.js';
import { HELDOUT438_C } from './pages-heldout438-c.js';
import { HELDOUT438_D } from './pages-heldout438-d.js';
import { HELDOUT438_E } from './pages-heldout438-e.js';
import { HELDOUT438_F } from './pages-heldout438-f.js';

/**
 * Held-out batch 438, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a freight forwarder's peak-season
 * blog post on WordPress (Astra) with comments, a shipping line's bunker surcharge customer advisory with a surcharge table on
 * Adobe Experience Manager, a port authority's short operational notice (berth closure) on Drupal 10, a supply-chain trade
 * news article on Arc XP, a warehouse-software company's customer case study on Webflow, a parcel and pallet carrier's
 * service update page built with Next.js, a customs broker's import guide on HubSpot CMS, a logistics startup's blog post on
 * Ghost (Casper), a trucking association's press release on Squarespace, a 3PL's services page with many short blocks built
 * with Elementor, an Incoterms explainer in a Zendesk Help Center, and a truckers' forum thread on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: comments on articles, with their authors and dates, are furniture; a table's data
 * rows are body, one entry a row with the cells joined by spaces, and its header cells are in neither list; a press release's
 * inline dateline is a byline and the rest of its paragraph body, "FOR IMMEDIATE RELEASE", the media contact and "###" are
 * furniture, and its "About" boilerplate is body under its heading; a notice's labelled metadata fields (notice number,
 * audience, attachments, contact) are furniture and its "Issued" date a byline; a case study's "At a glance" facts card is
 * furniture and its pull quote body; a services page's icon-box titles are headings and their descriptions body, while its
 * counters, testimonials and CTA are furniture; Ghost's custom excerpt under the title and inline promos (a bookmark card, a
 * product callout card, a "Need a hand?" callout, "Read more:" links) are furniture; a Zendesk article's "Updated" label and
 * relative date are bylines; on the phpBB thread, whose h1 is the board name, the title is the topic's h2, the posts are the
 * body, user names and post dates are bylines, "Re:" post titles, ranks, post counts, join dates and signatures are
 * furniture, and a quote of an earlier post inside a reply is in neither list; the Next.js page's __NEXT_DATA__ script repeats
 * the first paragraph, which is body only once.
 */
export const HELDOUT438_PAGES: readonly TestPage[] = [...HELDOUT438_A, ...HELDOUT438_B, ...HELDOUT438_C, ...HELDOUT438_D, ...HELDOUT438_E, ...HELDOUT438_F];
