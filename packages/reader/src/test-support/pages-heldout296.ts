import type { TestPage } from './page-kit.js';
import { HELDOUT296_A } from './pages-heldout296-a.js';
import { HELDOUT296_B } from './pages-heldout296-b.js';
import { HELDOUT296_C } from './pages-heldout296-c.js';
import { HELDOUT296_D } from './pages-heldout296-d.js';
import { HELDOUT296_E } from './pages-heldout296-e.js';
import { HELDOUT296_F } from './pages-heldout296-f.js';

/**
 * Held-out batch 296, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a NerdWallet-style savings
 * explainer with an advertiser disclosure, an inline "Our pick" product box and a rates table (Next.js markup), a bank's
 * help-centre article on Zendesk Guide, a Seeking Alpha-style investing article with Summary bullets, disclosures and
 * comments, a fund factsheet page built from Adobe Experience Manager components (a data page with short text), a tax
 * authority's guidance page on the GOV.UK frontend, a credit-card comparison listing built with Next.js, a mortgage
 * calculator page built in Webflow with explanatory text, a personal-finance blog on WordPress (GeneratePress) with comments
 * and sidebar widgets, a Motley Fool-style stock article with Key Points and a premium pitch, a pension provider's news post
 * on Drupal 10, a budgeting app's blog on Ghost (Casper) with callout, product and toggle cards, and a consumer-rights
 * charity's money guide in the Citizens Advice design-system style.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a data table's rows are body, each row one text with its cells joined by spaces,
 * and header cells are in neither list; an article's summary or key-points box (Seeking Alpha's "Summary", the Fool's "Key
 * Points") is body and its label a heading; a standfirst, dek or lead under the h1 is body; on the comparison listing the
 * cards' descriptions and feature bullets are body and the card names headings, while ratings, buttons, "Sponsored" labels
 * and representative-APR lines are furniture; FAQ questions and answers that belong to the article (accordion or toggle card)
 * are body; a calculator's form labels, default values and results panel are furniture; regulatory risk warnings, advertiser
 * and analyst disclosures and affiliate notes are furniture even inside the article body; a callout inside the article
 * (Zendesk note, Ghost callout, the charity's "Important" box, a letter template) is body, its label furniture; a fund
 * manager's commentary byline and date are bylines; the "Page last reviewed" lines and GOV.UK's From / Published / Last
 * updated values are bylines (the "From:" label furniture); comments on articles and the blog author's own reply in the
 * comments are furniture.
 */
export const HELDOUT296_PAGES: readonly TestPage[] = [...HELDOUT296_A, ...HELDOUT296_B, ...HELDOUT296_C, ...HELDOUT296_D, ...HELDOUT296_E, ...HELDOUT296_F];
