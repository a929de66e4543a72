import type { TestPage } from './page-kit.js';
import { HELDOUT211_A } from './pages-heldout211-a.js';
import { HELDOUT211_B } from './pages-heldout211-b.js';
import { HELDOUT211_C } from './pages-heldout211-c.js';
import { HELDOUT211_D } from './pages-heldout211-d.js';
import { HELDOUT211_E } from './pages-heldout211-e.js';
import { HELDOUT211_F } from './pages-heldout211-f.js';

/**
 * Held-out batch 211, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a PC Gamer game review, a
 * Eurogamer news article, a Steam Community guide, a Nexus Mods mod page, a speedrun.com game guide, a Game Developer
 * postmortem, a Kotaku news article, a Fextralife wiki weapon page, a game studio's patch-notes post on Webflow, a ResetEra
 * (XenForo 2) thread, a Rock Paper Shotgun hands-on preview and an itch.io devlog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a strapline, dek or summary (and a docs page's description: the Steam guide's
 * description, the Nexus "About this mod" summary) is body; a review's "Need to know" fact box and score, a wiki infobox
 * and Nexus's requirements table headers are in neither list; a review's verdict paragraph is body; a Steam guide's
 * subSection titles and the Nexus description's bold sized spans are headings; a "Guide Index" or jump-link list that repeats
 * the headings is left out; an update line at the end of a news story is body; a series notice at the top of a postmortem
 * and a pull quote are furniture; comments on news, docs, wiki and blog pages are furniture (names and times included);
 * in the forum thread quote blocks are in neither list and their "said:" and "Click to expand..." lines are furniture.
 */
export const HELDOUT211_PAGES: readonly TestPage[] = [...HELDOUT211_A, ...HELDOUT211_B, ...HELDOUT211_C, ...HELDOUT211_D, ...HELDOUT211_E, ...HELDOUT211_F];
