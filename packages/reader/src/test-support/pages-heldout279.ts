import type { TestPage } from './page-kit.js';
import { HELDOUT279_A } from './pages-heldout279-a.js';
import { HELDOUT279_B } from './pages-heldout279-b.js';
import { HELDOUT279_C } from './pages-heldout279-c.js';
import { HELDOUT279_D } from './pages-heldout279-d.js';
import { HELDOUT279_E } from './pages-heldout279-e.js';
import { HELDOUT279_F } from './pages-heldout279-f.js';

/**
 * Held-out batch 279, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ArchWiki article (Related
 * articles box, Tip and Note boxes, table, categories), a Gentoo wiki package page on the Tyrian skin (Resources infobox, USE
 * flags table, command boxes), an item page of a RuneScape-style game wiki on Weird Gloop (item infobox, short body, Exchange
 * price box, Trivia, navbox), a creature page of a Bulbapedia-style MediaWiki on a Monobook-derived custom skin, a TV Tropes
 * trope page (page quote, "Examples:" folders, spoilers), a Wikidot page of an SCP-style archive (rating module, credit box,
 * collapsible addendum, page options), a block page of a Minecraft-style wiki on Weird Gloop (notaninfobox, crafting grid,
 * History table, gallery), a Discourse topic with the solved, topic-voting and reactions plugins, an Invision Community
 * topic, a vBulletin 5 thread, a MyBB thread and a Flarum discussion rendered by its Mithril front end.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the forum pages every post is body and the usernames and post dates are bylines,
 * while user titles, groups, post counts, join dates, signatures, reaction / like counts and "liked this" lines are furniture;
 * a quote of an earlier post inside a reply (Invision) and the excerpt of the accepted answer in Discourse's "Solved by" box
 * repeat body text and are in neither list (their citation / "Solved by" line is furniture); the text of ArchWiki Tip / Note
 * and Gentoo Important / Note boxes is body, their labels in neither list; command boxes (Gentoo) are in neither list; data
 * cells of tables inside the article (ArchWiki's compositor table, Gentoo's USE flags, the Critterdex entries, the History
 * table) are body, their header cells in neither list; infoboxes, navboxes, hatnotes, the price box and the crafting grid are
 * furniture; MediaWiki "[edit]" links and table-of-contents entries (which repeat the headings) are in neither list; TV
 * Tropes' page quote and its attribution and all folder items, spoilers included, are body, the folder labels furniture and the
 * "Main /" namespace prefix furniture with the h1's remaining text as the title; Wikidot's div#page-title is the title, the
 * bold-label paragraphs ("Item #:", "Object Class:") are body with their labels, and the folded addendum is body; the
 * "last edited" footer lines, Wikidot's "page revision" line, its hidden author box and TV Tropes' "Edited by" line are bylines.
 */
export const HELDOUT279_PAGES: readonly TestPage[] = [...HELDOUT279_A, ...HELDOUT279_B, ...HELDOUT279_C, ...HELDOUT279_D, ...HELDOUT279_E, ...HELDOUT279_F];
