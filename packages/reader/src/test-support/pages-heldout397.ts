import type { TestPage } from './page-kit.js';
import { HELDOUT397_A } from './pages-heldout397-a.js';
import { HELDOUT397_B } from './pages-heldout397-b.js';
import { HELDOUT397_C } from './pages-heldout397-c.js';
import { HELDOUT397_D } from './pages-heldout397-d.js';
import { HELDOUT397_E } from './pages-heldout397-e.js';
import { HELDOUT397_F } from './pages-heldout397-f.js';

/**
 * Held-out batch 397, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a PR Newswire release with its
 * "View original content" and SOURCE lines, a Business Wire release with its Contacts block and sidebar, a GlobeNewswire
 * release with h2 sections and tags, an EIN Presswire release with the contact card and legal disclaimer, a PRWeb release
 * in the classic PRWeb layout with its Media Contact box, an ACCESS Newswire (Accesswire) release in its Nuxt markup, a PR
 * Newswire release syndicated on a local TV station's WordPress site (Nexstar layout, Trending Stories and Don't Miss boxes
 * inside the body), a bilingual English-French release on Newswire.ca, a Business Wire release on a Yahoo Finance-style
 * page in Svelte markup (hashed yf- classes, ticker strip and chips), a release with a schedule table on a Notified-hosted
 * company newsroom (wd_ markup), a short German APA-OTS item on ots.at, and a GlobeNewswire earnings release with two
 * financial tables on a Q4-hosted investor relations site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * The hard kinds here are the short APA-OTS item (about 150 words), the earnings data page with tables, and the two pages in
 * a JavaScript framework's markup (Nuxt on ACCESS Newswire, SvelteKit on Yahoo Finance).
 * Gold conventions beyond the usual ones: the wire dateline written inline at the start of the first paragraph ("JOLIET,
 * Ill., March 3, 2026 /PRNewswire/ --", "Wien (OTS) -") stays in that body paragraph, as it cannot be cut from it; the
 * issuer named as the release's source ("News provided by" company, GlobeNewswire's "Source:" organization, the OTS sender,
 * the syndicating site's "by: PR Newswire") and the release date and time lines are bylines; a release's deck or summary
 * (h2 or italic subheadline, PRWeb's summary, OTS's "Utl." line without its label) is body; bold one-line subheads
 * written as paragraphs and the "About ..." boilerplate heading are headings, the boilerplate and the forward-looking or
 * exchange notices are body; media and investor contact lines (names, phones, e-mail), "SOURCE" and "View original
 * content" lines, syndication disclaimers, the OTS-ORIGINALTEXT notice and EIN's legal disclaimer are furniture, also
 * where they sit inside the release body; the bilingual release's French half is body, its "Version française
 * ci-dessous" marker furniture; tables: each data row is one body entry (its cells joined by spaces), header rows are in
 * neither list, and the bold table titles of the earnings release are headings; logos whose text repeats the issuer's
 * name in the body are left out of both lists.
 */
export const HELDOUT397_PAGES: readonly TestPage[] = [...HELDOUT397_A, ...HELDOUT397_B, ...HELDOUT397_C, ...HELDOUT397_D, ...HELDOUT397_E, ...HELDOUT397_F];
