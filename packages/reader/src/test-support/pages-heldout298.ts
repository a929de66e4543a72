import type { TestPage } from './page-kit.js';
import { HELDOUT298_A } from './pages-heldout298-a.js';
import { HELDOUT298_B } from './pages-heldout298-b.js';
import { HELDOUT298_C } from './pages-heldout298-c.js';
import { HELDOUT298_D } from './pages-heldout298-d.js';
import { HELDOUT298_E } from './pages-heldout298-e.js';
import { HELDOUT298_F } from './pages-heldout298-f.js';

/**
 * Held-out batch 298, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a car magazine's road test on a
 * Hearst-style template with a highs / lows / verdict box and a specifications table, a car dealer's blog post built with
 * Elementor, a car maker's safety-recall notice on Adobe Experience Manager core components, an EV charging guide on a
 * charging network's Next.js help center, a motorcycle owners' forum thread on phpBB (prosilver), a classic-car online
 * auction lot page in Bring a Trailer's template, an owners' club wiki page on MediaWiki (Vector 2022), a car maker's
 * press-room release on Drupal, a driving school's blog post on Squarespace 7.1, a used-car buying guide on a classifieds
 * site built with Nuxt, a tyre retailer's advice article on Shopify (Dawn) with a size-code table, and a motorsport race
 * report on WordPress with the Newspaper theme and a results table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a road test's highs / lows / verdict box is body (its bold labels inside the
 * paragraphs); the data cells of a specifications, size-code or results table are body, one entry a cell, and header
 * cells are in neither list; a dek written as a paragraph under the h1 (Hearst) is furniture, while a press release's
 * subtitle field set as an h2 inside the article is a heading; a press release's dateline is a byline, its "About" boilerplate
 * (with its h3) is article, its media contacts and downloads furniture; a recall notice's fact list (recall number, models,
 * vehicle count) is body, the VIN look-up box and owner-support teasers furniture, "Date issued" a byline; on the forum thread
 * all posts are body, a reply's quoted text is body and its "wrote:" cite furniture, post subjects ("Re: ..."), ranks, post
 * counts and signatures furniture, usernames and post times bylines; on the auction lot page the lot's "Listing Details"
 * list and the description are body, the essentials box labels (lot, seller, location), bid box, views, and the comment /
 * bid thread furniture, and the page has no byline; on the wiki the infobox (labels, data, caption) and a note box are
 * furniture, the "last edited" line a byline; a help article's "Updated ... · 4 min read" line is one byline; a step list's
 * "1." numbers stay in the Elementor headings as the page shows them; tags whose text also occurs in the body (the race
 * report's "Harwick 300") are left out of the furniture list.
 */
export const HELDOUT298_PAGES: readonly TestPage[] = [...HELDOUT298_A, ...HELDOUT298_B, ...HELDOUT298_C, ...HELDOUT298_D, ...HELDOUT298_E, ...HELDOUT298_F];
