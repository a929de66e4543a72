import type { TestPage } from './page-kit.js';
import { HELDOUT405_A } from './pages-heldout405-a.js';
import { HELDOUT405_B } from './pages-heldout405-b.js';
import { HELDOUT405_C } from './pages-heldout405-c.js';
import { HELDOUT405_D } from './pages-heldout405-d.js';
import { HELDOUT405_E } from './pages-heldout405-e.js';
import { HELDOUT405_F } from './pages-heldout405-f.js';

/**
 * Held-out batch 405, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Liquipedia-style tournament page
 * (MediaWiki, infobox, prize table, navbox), an HLTV-style match report with a comment thread, an esports news article on a
 * WordPress news theme, a team's roster announcement built in Webflow, a Twitch-style channel About page saved from the React
 * app, a streamer's schedule page built in Squarespace, a speedrun.com-style rules page from a Next.js app, a game studio's
 * devlog on Ghost, a Discord server's #rules channel saved from the web app, a Challonge-style fan tournament page, a guild
 * recruitment thread on a XenForo forum, and a Steam-style community hub news post with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the page's only h1 (the Twitch channel name, the speedrun.com game
 * name, the Discord channel name "rules"); a lede or standfirst shown under the h1 (HLTV's headertext, Ghost's custom
 * excerpt) is body; a pulled quote inside the article is body; infobox labels and values, tabs, follower and stat counts
 * are furniture, but an infobox value that also occurs inside a body paragraph is left out of the furniture list; prize
 * table cells are in neither list; the Twitch about text and its info panels are body and the panel titles headings; on
 * the Discord page the rules messages are the body, their rendered markdown headings are headings and the message authors
 * and timestamps (and the day divider) bylines; on the Challonge page the host's description and ruleset are body (the bold
 * "Ruleset" label a body line), "Hosted by" and the start time bylines, and bracket and participant names furniture; on the
 * forum thread all posts are body, a quoted line inside a reply is left to the post it quotes, and usernames, user titles
 * and post dates are bylines or furniture; comments under news posts (HLTV, Steam) are furniture; the "last edited" and
 * "Rules last updated" lines are bylines; the Webflow sponsor strip and the Ghost callout card are furniture.
 */
export const HELDOUT405_PAGES: readonly TestPage[] = [...HELDOUT405_A, ...HELDOUT405_B, ...HELDOUT405_C, ...HELDOUT405_D, ...HELDOUT405_E, ...HELDOUT405_F];
