import type { TestPage } from './page-kit.js';
import { HELDOUT445_A } from './pages-heldout445-a.js';
import { HELDOUT445_B } from './pages-heldout445-b.js';
import { HELDOUT445_C } from './pages-heldout445-c.js';
import { HELDOUT445_D } from './pages-heldout445-d.js';
import { HELDOUT445_E } from './pages-heldout445-e.js';
import { HELDOUT445_F } from './pages-heldout445-f.js';

/**
 * Held-out batch 445, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a removals company's blog post on
 * WordPress (Astra theme) with comments, a moving-cost calculator on Webflow whose main text is short, a self-storage store page
 * with unit sizes and prices built with Next.js, a city relocation guide on a property portal's React app, a corporate
 * relocation firm's services page on HubSpot CMS, a moving checklist on a Shopify (Dawn) retailer's blog, a "tell us you have
 * moved" government service page on the GOV.UK Design System, a van-hire FAQ article on a Zendesk Help Center (Copenhagen),
 * a relocation newsletter post on Substack, an expat moving thread on Discourse, a removals company's review listing on a
 * Trustpilot-style review site, and a packing guide on Squarespace 7.1.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: reading-time lines ("6 min read") are furniture, not bylines; an "Updated ..." line
 * is a byline, and so is a bare date shown as the post date; the Substack subtitle (the dek under the h1) is body; table data
 * cells of the article (calculator prices, storage unit sizes and prices, opening hours, rents) are body, table header cells in
 * neither list and table captions furniture; a pull quote inside the article body is body, its attribution line furniture;
 * the GOV.UK details component's summary ("If you cannot use the online service") counts as a section heading and its text as
 * body, the "Last updated" label is furniture and its date a byline; inline product cards, promo cards and "Read more:" links
 * inside the article are furniture; on the forum page every post, including the original poster's follow-up, is body, and a
 * reply's quote of an earlier post is in neither list (its text is already body where it was first written), its "user:"
 * label furniture; on the review listing the review titles, review texts and the company's replies are body (no headings),
 * reviewer names, review counts, time-ago dates, "Date of experience" lines and "Reply from ..." lines are bylines, and the
 * business name in the h1 is the title; comments on articles (WordPress, Substack) are furniture with their authors and dates;
 * texts that are also part of a body paragraph (a breadcrumb item naming the city, a sidebar link repeating the article title)
 * are left out of the furniture list; text only in aria-labels, alt or title attributes is in neither list.
 */
export const HELDOUT445_PAGES: readonly TestPage[] = [...HELDOUT445_A, ...HELDOUT445_B, ...HELDOUT445_C, ...HELDOUT445_D, ...HELDOUT445_E, ...HELDOUT445_F];
