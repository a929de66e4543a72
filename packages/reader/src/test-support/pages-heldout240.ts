import type { TestPage } from './page-kit.js';
import { HELDOUT240_A } from './pages-heldout240-a.js';
import { HELDOUT240_B } from './pages-heldout240-b.js';
import { HELDOUT240_C } from './pages-heldout240-c.js';
import { HELDOUT240_D } from './pages-heldout240-d.js';
import { HELDOUT240_E } from './pages-heldout240-e.js';
import { HELDOUT240_F } from './pages-heldout240-f.js';

/**
 * Held-out batch 240, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a university extension fact sheet
 * on Drupal 10, a farm-press news article on Arc XP Fusion, a seed company's sweet corn growing guide on a Shopify (Dawn) blog
 * with a product rail, an agricultural co-op's member newsletter on a Mailchimp campaign archive page, a government
 * agriculture department's crop production statistics on the GOV.UK publishing template, a livestock breeders' association
 * "About the breed" page on Squarespace 7.1 (Fluid Engine), a smallholder's blog post on Blogger (Simple theme) with comments,
 * a farm-equipment dealer's blog post on HubSpot CMS, a farmers' forum thread on XenForo 2, a weekly commodity market report
 * with a price table on a Next.js site, an agritech startup's customer case study on Webflow, and a county fair's junior
 * livestock show results on Wix.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a data table's caption and data cells are body (one entry per cell), its header
 * cells in neither list; reading time ("4 min read") and a kicker or overline above the title are furniture; a lead paragraph
 * under the h1 (GOV.UK's summary) is body; GOV.UK's "From:" organisation and "Published" date are bylines, their labels
 * furniture, and its contents list is in neither list because its items repeat the section headings; the Blogger post's
 * title is its h3 (the blog name is the page's h1) and is the title; the Blogger date header, author and time are bylines,
 * "Posted by" furniture; comments on articles (authors, dates and texts) are furniture, while on the forum every post is
 * body, the posters' names and post dates bylines, and a quoted fragment inside a reply (repeating the first post) is in
 * neither list, its "... said:" line furniture; the Mailchimp issue line ("MEMBER NEWS · MARCH 2026") is a byline; the
 * Webflow case study's pull quote is body and its customer facts card is furniture; Webflow's hidden form success and error
 * messages are furniture; on the fair results page every placing is a list item of the body and the "Posted" line a byline;
 * texts that occur both as furniture and inside the body (a brand name in a nav bar that the article names) are left out of
 * the furniture; pages with no author (Squarespace, Webflow) have no bylines.
 */
export const HELDOUT240_PAGES: readonly TestPage[] = [...HELDOUT240_A, ...HELDOUT240_B, ...HELDOUT240_C, ...HELDOUT240_D, ...HELDOUT240_E, ...HELDOUT240_F];
