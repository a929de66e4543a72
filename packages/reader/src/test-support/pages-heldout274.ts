import type { TestPage } from './page-kit.js';
import { HELDOUT274_A } from './pages-heldout274-a.js';
import { HELDOUT274_B } from './pages-heldout274-b.js';
import { HELDOUT274_C } from './pages-heldout274-c.js';
import { HELDOUT274_D } from './pages-heldout274-d.js';
import { HELDOUT274_E } from './pages-heldout274-e.js';
import { HELDOUT274_F } from './pages-heldout274-f.js';

/**
 * Held-out batch 274, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: a Guardian-style live blog with key events, block
 * time stamps and the "Show key events only" toggle, a BBC-style live page with summary bullets, post cards and a "View more on X"
 * embed, a CNN-style live updates page, a Reuters-style live page, an NYT-style live briefing, a local TV station's breaking-news
 * live blog on WordPress with the Liveblog plugin, a football minute-by-minute commentary on a Sky Sports-style match page, an
 * election-night results live page with a results table on a Gannett-style local paper (a data page), a 24liveblog embed on a
 * Newsquest-style regional paper (a page whose own text is short), an Arc XP live story rendered by Fusion (a JavaScript
 * framework's markup), a tech keynote live blog on a Verge-style gadget site (Next.js markup, short entries) and a weather
 * emergency live page from an ABC (Australia)-style public broadcaster.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: each entry's text is body, and its time stamp, author name, author role and per-entry
 * credit line ("Reporting by ...; Editing by ...", "From ...'s ...") are bylines; an entry's own headline (or a minute-by-minute
 * event line such as "GOAL! ...") is a heading; minute markers and clock times are bylines, and those of one or two characters
 * ("FT", "HT", "1'") are left out. A "Key events" box or a "Latest updates" jump list made of links to entries is furniture; a
 * summary the page writes as its own prose (BBC "Summary", CNN "What we're covering", NYT "Here's what to know", the broadcaster's
 * "Key points") is body and its label a heading. Standfirsts and deks written as prose are body. The election results table's
 * caption and data cells are body, its header cells in neither list, and its "Precincts reporting" and source lines furniture.
 * A pinned post that repeats a later entry is listed once. An embedded social post's consent text, skip links and disclaimer are
 * furniture; a quoted weather warning inside an entry is body; the broadcaster's standing "Emergency contacts" box is furniture.
 * Match-header scorers, odds widgets, market tickers, "Read more:" promos, newsletter and paywall boxes are furniture.
 */
export const HELDOUT274_PAGES: readonly TestPage[] = [...HELDOUT274_A, ...HELDOUT274_B, ...HELDOUT274_C, ...HELDOUT274_D, ...HELDOUT274_E, ...HELDOUT274_F];
