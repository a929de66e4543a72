import type { TestPage } from './page-kit.js';
import { HELDOUT385_A } from './pages-heldout385-a.js';
import { HELDOUT385_B } from './pages-heldout385-b.js';
import { HELDOUT385_C } from './pages-heldout385-c.js';
import { HELDOUT385_D } from './pages-heldout385-d.js';
import { HELDOUT385_E } from './pages-heldout385-e.js';
import { HELDOUT385_F } from './pages-heldout385-f.js';

/**
 * Held-out batch 385, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK foreign travel advice page
 * in its all-parts view (summary, safety and security, entry requirements), a US State Department-style travel advisory on the
 * travel.state.gov AEM template, a Smartraveller-style Drupal destination page, a Canadian travel advice page on Canada.ca
 * (GCWeb) with wb-tabs panels, an airline's entry requirements help page rendered by Next.js, an embassy's notice to
 * travellers on a WordPress theme, a travel insurer's advisory post on a HubSpot blog, a regional newspaper's story on a new
 * advisory level on Arc XP, a cruise line's port advisory built with Elementor, an EU Re-open-style country page rendered by
 * Angular, a vBulletin travel forum thread on entry rules, and a Webflow listing of visa-free countries for one passport.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: "Updated", "Latest update", "Last reviewed", "Issued", "Still valid" and "Date
 * modified" lines are bylines (a label that stands in its own element is a byline entry of its own); a newspaper's dateline
 * paragraph ("VELLAMO, Orsolan —") is a byline; the advisory level badge or banner (State's level box, Canada's risk banner,
 * Smartraveller's level block) is furniture, while the advisory's own level paragraphs are body, and level names that only
 * repeat inside a section heading are left out of the furniture; a contents list or tab list that repeats the section headings
 * is in neither list, its other items furniture; the tab or expansion-panel labels of panels that hold text are headings, and
 * empty panels' labels furniture; a table's data rows are body, one entry a row with its cells joined by a space, header cells
 * in neither list; a listing's cards (Webflow) are body, one entry a card, and the filter tabs that repeat card words are in
 * neither list; a pullquote's or blockquote's text is body and its cite furniture; a news subheadline (dek) is in neither list;
 * callouts, CTA buttons and "Read more" links inside the article are furniture; on the forum thread each post's text is body,
 * the h1 "Thread:" prefix is part of the title, usernames and post dates are bylines, user titles, join dates, post counts and
 * signatures furniture, and the quoted text inside a reply (a copy of an earlier post) is in neither list; menu, crumb, footer and
 * site-name texts that also occur inside a body text or the title are left out of the furniture.
 */
export const HELDOUT385_PAGES: readonly TestPage[] = [...HELDOUT385_A, ...HELDOUT385_B, ...HELDOUT385_C, ...HELDOUT385_D, ...HELDOUT385_E, ...HELDOUT385_F];
