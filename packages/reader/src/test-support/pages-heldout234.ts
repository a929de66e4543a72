import type { TestPage } from './page-kit.js';
import { HELDOUT234_A } from './pages-heldout234-a.js';
import { HELDOUT234_B } from './pages-heldout234-b.js';
import { HELDOUT234_C } from './pages-heldout234-c.js';
import { HELDOUT234_D } from './pages-heldout234-d.js';
import { HELDOUT234_E } from './pages-heldout234-e.js';
import { HELDOUT234_F } from './pages-heldout234-f.js';

/**
 * Held-out batch 234, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an AllTrails trail page (docs),
 * a Komoot collection page (blog), an Untappd beer page with check-ins (forum), a Vivino wine page with community reviews
 * (forum), a Strava segment page (docs), a Geocaching cache page (blog), a groups.io birding hotline topic (forum), a
 * stargazing club's observing log on WordPress Twenty Twenty-One (blog), a canoe club's river guide on Wix (docs), a
 * Mountain Project route page (docs), a cycling route post on Ghost Casper (blog) and a tackle shop's fishing report on
 * Shopify Dawn (news).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: user reviews or comments on docs pages (AllTrails reviews, Mountain Project
 * comments) are furniture and their names and dates bylines; a listing's own description is body (beer description, wine
 * highlights, cache short and long descriptions, collection intro and tour blurbs, segment description); stats strips are
 * furniture except the Strava segment's stats list, which with the leaderboard's data cells is body; Untappd's "X is
 * drinking a ... by ... at ..." line is a byline; the Geocaching encrypted hint and quoted posts are in neither list; a
 * post's dek (Ghost excerpt) is body; a Komoot tour card's name is a heading and its stats furniture.
 */
export const HELDOUT234_PAGES: readonly TestPage[] = [...HELDOUT234_A, ...HELDOUT234_B, ...HELDOUT234_C, ...HELDOUT234_D, ...HELDOUT234_E, ...HELDOUT234_F];
