import type { TestPage } from './page-kit.js';
import { HELDOUT302_A } from './pages-heldout302-a.js';
import { HELDOUT302_B } from './pages-heldout302-b.js';
import { HELDOUT302_C } from './pages-heldout302-c.js';
import { HELDOUT302_D } from './pages-heldout302-d.js';
import { HELDOUT302_E } from './pages-heldout302-e.js';
import { HELDOUT302_F } from './pages-heldout302-f.js';

/**
 * Held-out batch 302, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an IGN-style game review with a
 * score box on a Next.js page, a game studio's patch-notes page built with Nuxt (Vue), a Steam community announcement for a
 * game, an esports grand-final report on a Liquipedia-style MediaWiki, an Anime News Network-style news story, a webcomic
 * page (WordPress with Comic Easel) with the artist's blog post under the strip, an Archive of Our Own-style fan-fiction
 * chapter, a speedrun.com-style leaderboard page with the category rules in a Next.js app, a GameFAQs-style walkthrough
 * page, a tabletop campaign session recap on a classic Blogger blog, a Kotaku-style feature on a Kinja-style page, and a
 * Discord channel's announcements saved with a DiscordChatExporter-style HTML template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: where the page's h1 is the site's name (AO3's logo, Blogger's blog title) or there
 * is no h1 (Steam's event title div), the title is the work's, post's or event's own title element, and the site name is
 * furniture; on AO3 the chapter title is the one heading, the work text is the body, and the tag block, stats, work summary,
 * chapter notes and end notes are furniture, the published / updated dates bylines; data cells of tables inside the article
 * (patch balance table, Liquipedia games table, GameFAQs collectibles table, the speedrun leaderboard rows) are body and
 * their header cells in neither list; on the leaderboard page the category rules are body and the page has no bylines;
 * the webcomic's collapsed transcript is body (the strip's own words) and the blog post under the strip is body; the
 * review's verdict heading and paragraph are article, the score box furniture; pull quotes and quoted synopses that do
 * not repeat body text are body, "Sources:" lines, inline "Read more" promos, product widgets, infoboxes and embeds are
 * furniture; on the Discord export the staff messages are the body, the first message's markdown h1 the title and its h2s
 * the headings, author names and timestamps bylines, roles, reaction counts, preamble and postamble furniture; the wiki's
 * "last edited" line and the guide's "Version / Updated" line are bylines; texts that repeat the title, a heading or body
 * text (table-of-contents entries, the game's name in rails, category tabs) are left out of the furniture.
 */
export const HELDOUT302_PAGES: readonly TestPage[] = [...HELDOUT302_A, ...HELDOUT302_B, ...HELDOUT302_C, ...HELDOUT302_D, ...HELDOUT302_E, ...HELDOUT302_F];
