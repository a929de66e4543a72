import type { TestPage } from './page-kit.js';
import { HELDOUT215_A } from './pages-heldout215-a.js';
import { HELDOUT215_B } from './pages-heldout215-b.js';
import { HELDOUT215_C } from './pages-heldout215-c.js';
import { HELDOUT215_D } from './pages-heldout215-d.js';
import { HELDOUT215_E } from './pages-heldout215-e.js';
import { HELDOUT215_F } from './pages-heldout215-f.js';

/**
 * Held-out batch 215, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an airline's travel advisory on
 * an AEM-style site (news), a train operator's engineering-works page on Drupal (docs), an airport's passenger guide on a
 * Next.js site (docs), a ferry operator's service notice on WordPress (news), a cruise line's WordPress blog post (blog), a
 * Man in Seat 61 route page (docs), a Rome2Rio route page (docs), a FlyerTalk vBulletin thread (forum), a travel insurer's
 * guide (docs), a city transit agency's service alert on Drupal (news), a national park's trip-planning page on the NPS.gov
 * template (docs) and a regional tourist board's itinerary article (blog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body, one entry per cell; "On this page" and "Contents"
 * lists that repeat the headings are left out; FAQ questions (accordion buttons in h3s, or h3s on Rome2Rio) are headings
 * and their answers body, even when the answer panel is hidden; "Key points" and "At a glance" boxes at the top of an
 * article are part of it (their titles headings, their items body); booking, quote and partner-listing blocks inside the
 * article, alert type badges and the "Effective" / "Affected routes" fields are furniture; Rome2Rio's route option cards
 * (mode, duration, price) are in neither list and its route-count line under the h1 is body; in the FlyerTalk thread the
 * "Last edited by" line is a byline and user titles, join dates, locations, programs and post counts are furniture; short
 * furniture words that are also words of the body ("Yes", "No", select options naming routes) are left out.
 */
export const HELDOUT215_PAGES: readonly TestPage[] = [...HELDOUT215_A, ...HELDOUT215_B, ...HELDOUT215_C, ...HELDOUT215_D, ...HELDOUT215_E, ...HELDOUT215_F];
