import type { TestPage } from './page-kit.js';
import { HELDOUT455_A } from './pages-heldout455-a.js';
import { HELDOUT455_B } from './pages-heldout455-b.js';
import { HELDOUT455_C } from './pages-heldout455-c.js';
import { HELDOUT455_D } from './pages-heldout455-d.js';
import { HELDOUT455_E } from './pages-heldout455-e.js';
import { HELDOUT455_F } from './pages-heldout455-f.js';

/**
 * Held-out batch 455, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a radio club's Winter Field Day
 * recap on WordPress (Astra) with a sidebar and two comments, a state QSO party's final results on Drupal 10 (Olivero) with two
 * score tables, a Messier marathon observing report on Blogger (Simple template, the blog name in the h1 and the post title in
 * an h3), an eyepiece review on Ghost (Casper) with a callout card, signup box and read-more cards, an astronomy club's star
 * party notice as a Squarespace 7.1 event item, a weekly DX bulletin on an old FrontPage-era table layout with font tags, a
 * radio club's phpBB (prosilver) thread with a quote, signatures and profile boxes, an observatory's public nights page built
 * with Wix, a club wiki's J-pole build page on MediaWiki (Vector 2022) with a table, a beginners' SDR thread on Discourse in
 * its no-JavaScript crawler view, a variable-star observing log on Hugo (PaperMod) with a table and a code block, and a radio
 * club's short nets page on Joomla 4 (Cassiopeia) with a table and a repeater-status sidebar.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Ghost, Hugo, the DX bulletin's italic
 * line) is body; a table's data rows are body, one entry a row with its cells joined by single spaces, and header cells of a
 * table inside the article are in no list (header cells of a table outside it, Discourse's related topics, are furniture, each
 * related row one entry); a Ghost callout card inside the article is body; a label line before a list ("Final antenna list:",
 * Blogger's bold "Highlights of the night:") is body; Blogger's blog name h1 and description are furniture and the post's h3
 * is the title, its date header, "Posted by" line and time are bylines; on an article with comments the comment texts are
 * furniture but each commenter's name (Astra's, Blogger's "… said...") and comment date are bylines; a star party's event
 * date, time and place (Squarespace's event meta) are body, its "(map)" and calendar export links furniture; the DX bulletin's
 * centred bold title is the title and its h3 entry names are headings, its "Editor:" and "Last updated:" lines bylines; on a
 * forum thread the posts and the quoted text inside a reply are body, user names, post dates and the quote's "… wrote: ↑ date"
 * line bylines, and ranks, post counts, "Joined:" dates, "Re:" post subjects, signatures and post-button labels furniture;
 * reading times ("6 min read", "2 min"), hit counts and like counts are furniture, and the dates on related-post cards are
 * furniture (they date other articles); MediaWiki's "This page was last edited on …" and Joomla's "Written by:" and
 * "Published:" lines are bylines; contents-panel entries repeat the headings and are left out, and bare numbers (contents
 * numbering, Discourse post positions) are in no list; screen-reader-only texts (visually-hidden labels, sr-only spans) are
 * furniture, texts under hidden / aria-hidden / display:none in no list; a code block (Hugo's report line) is in no list;
 * the Wix free-site ad banner is furniture; MediaWiki's print-only "Retrieved from" footer (hidden on screen by the skin's
 * stylesheet) is in no list.
 */
export const HELDOUT455_PAGES: readonly TestPage[] = [...HELDOUT455_A, ...HELDOUT455_B, ...HELDOUT455_C, ...HELDOUT455_D, ...HELDOUT455_E, ...HELDOUT455_F];
