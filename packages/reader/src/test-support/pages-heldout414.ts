import type { TestPage } from './page-kit.js';
import { HELDOUT414_A } from './pages-heldout414-a.js';
import { HELDOUT414_B } from './pages-heldout414-b.js';
import { HELDOUT414_C } from './pages-heldout414-c.js';
import { HELDOUT414_D } from './pages-heldout414-d.js';
import { HELDOUT414_E } from './pages-heldout414-e.js';
import { HELDOUT414_F } from './pages-heldout414-f.js';

/**
 * Held-out batch 414, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Shelter-style housing advice page
 * on a Drupal 10 theme, a tenants' union know-your-rights page built with Elementor on WordPress, a county housing authority's
 * waiting list page on CivicPlus CivicEngage (short text and a status table), a city housing agency's voucher page built with
 * Next.js (CSS-module classes, a payment standards table), a letting agent's guide for tenants on a HubSpot CMS blog, a legal
 * aid charity's eviction FAQ on Squarespace 7.1 (accordion block), a deposit protection scheme's page built with Wix, a housing
 * ombudsman's decision summary on GOV.UK Frontend, a renters' forum thread on phpBB (prosilver), a council's homelessness help
 * page on LocalGov Drupal, a housing charity's news story on a WordPress block theme with comments, and a student
 * accommodation guide on Ghost (Casper).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a callout inside the article body that speaks to the reader (Hearthline's gas
 * warning, the council's Duty to Refer box) is body, its heading a heading; an inline "Read more:" promo, a Koenig bookmark card
 * and a callout that only points within the page are furniture; a page's standfirst or summary under the h1 (Ghost's excerpt,
 * LocalGov's service summary) is body; table data cells and summary-list values are body, one entry per cell, while table
 * header cells and summary-list keys are in neither list; an in-page contents list repeats the headings and is in neither list;
 * Elementor icon-box titles (h3) are headings, and the toggle questions (divs, not headings) are body with their answers;
 * Squarespace accordion questions (h4) are headings; a pull quote is body and its citation furniture; on phpBB the topic title
 * is the h2.topic-title (the h1 is the board name), every post is body, the quote of an earlier post inside a reply is in
 * neither list (it repeats a body item), signatures, ranks, post counts and join dates are furniture and poster names and post
 * times bylines; comments under the news story are furniture; the GOV.UK "From:" organisation and "Published" date are bylines
 * and the "Decision" context caption, which repeats the title's first word, is in neither list; a site or brand name that the
 * body itself mentions (Open Door Trust, the Port Calder Housing Agency) is not listed as furniture.
 */
export const HELDOUT414_PAGES: readonly TestPage[] = [...HELDOUT414_A, ...HELDOUT414_B, ...HELDOUT414_C, ...HELDOUT414_D, ...HELDOUT414_E, ...HELDOUT414_F];
