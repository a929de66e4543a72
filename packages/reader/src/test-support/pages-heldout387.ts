import type { TestPage } from './page-kit.js';
import { HELDOUT387_A } from './pages-heldout387-a.js';
import { HELDOUT387_B } from './pages-heldout387-b.js';
import { HELDOUT387_C } from './pages-heldout387-c.js';
import { HELDOUT387_D } from './pages-heldout387-d.js';
import { HELDOUT387_E } from './pages-heldout387-e.js';
import { HELDOUT387_F } from './pages-heldout387-f.js';

/**
 * Held-out batch 387, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a BoardGameGeek-style game page
 * (Angular markup) with its publisher description, a publisher's rules FAQ article on a Zendesk Help Center, a D&D
 * Beyond-style monster page with its stat block, a homebrew race page on a Fandom wiki, a Kickstarter-style campaign update,
 * a board game review on a WordPress GeneratePress blog, a rules question thread on a Reddit-style site, a print-and-play
 * download page on an itch.io-style store, a tournament report on a Substack-style newsletter, a miniature painting
 * tutorial on a Squarespace blog, a game store's event page built with Wix Events, and a publisher's errata page on a
 * Shopify (Dawn) store. Family: tabletop and board games.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the forum thread the opening post and every reply are body, their authors and
 * relative times bylines; on the data pages (game page, monster page, download page, event page) the prose and list items
 * are body, while attribute rows, stat numbers, ability scores, infobox values, the event's short date, full date and venue
 * lines, the event's one-line description and the "Time & Location" label are in neither list; game ratings, player counts,
 * credits, ticket tables and the download page's info-table labels and non-date values are furniture, and its Updated /
 * Published dates and author are bylines; the stat block's trait and action paragraphs and its h3 "Actions" / "Reactions"
 * labels are body and headings; a newsletter's subtitle (deck) is in neither list; the data cells of a table inside the
 * article (tournament standings, errata corrections) are body, the header cells in neither; a creator's sign-off inside a
 * campaign update is body; a quote from a player in a review or report is body; the errata page's "Last updated" line is a
 * byline; the site-name / store-name link in a header is furniture; comments on articles are furniture.
 */
export const HELDOUT387_PAGES: readonly TestPage[] = [...HELDOUT387_A, ...HELDOUT387_B, ...HELDOUT387_C, ...HELDOUT387_D, ...HELDOUT387_E, ...HELDOUT387_F];
