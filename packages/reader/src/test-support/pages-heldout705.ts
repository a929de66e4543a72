import type { TestPage } from './page-kit.js';
import { HELDOUT705_A } from './pages-heldout705-a.js';
import { HELDOUT705_B } from './pages-heldout705-b.js';
import { HELDOUT705_C } from './pages-heldout705-c.js';
import { HELDOUT705_D } from './pages-heldout705-d.js';
import { HELDOUT705_E } from './pages-heldout705-e.js';
import { HELDOUT705_F } from './pages-heldout705-f.js';

/**
 * Held-out batch 705, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an exhibition review on a
 * national newspaper's site built like the Guardian's dotcom-rendering pages (star rating, venue standfirst, inline newsletter
 * promotion, submeta tags, support epic, comments heading), a festival acquisition story on an entertainment trade site on
 * WordPress VIP with a Penske-style (Variety) theme (OneTrust banner, author tooltip, inline related stories and ad), an album
 * review on a music magazine built like Pitchfork's Condé Nast styled-components pages (score, Best New Music, genre/label/date
 * block, affiliate buy button and newsletter plug inside the body), a book review post on Blogger (Simple theme, <div>/<br>
 * paragraphs, book details lines, threaded comments, archive widget, Google cookie notice), a film essay on a Squarespace 7.1
 * blog (image, quote and video blocks, author profile, tags, previous/next), a reblogged text post on a Tumblr custom theme
 * (legacy nested-blockquote reblog trail, tags, note count, notes list), a game mod's guide page on GitBook (sidebar groups,
 * page description, hints, div-based table, titled code block, "Was this helpful?", previous/next, "On this page"), a
 * university library's LibGuides page (guide header, page tabs, rich-text and database-list boxes, librarian profile and
 * LibChat boxes, guide footer), a TV character page on a Fandom wiki (FandomDesktop: global navigation, community header,
 * categories line, spoiler notice, quote, portable infobox, TOC, navbox, right rail), a game soundtrack page on a wiki.gg wiki
 * (MediaWiki Vector legacy with the wiki.gg header and footer, site notice, hatnote, infobox, track table, references, navbox),
 * a group-read discussion topic on a Goodreads-style book community (message headers, <br>-separated comment bodies, a quoted
 * reply, "last edited", books-mentioned rail), and a solved support thread on a music notation program's Discourse forum (the
 * Ember view as saved from a browser: full names and usernames, user titles, topic map, accepted-answer box, quote, likes,
 * closing notice, suggested topics).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or dek under the headline is body, and so is the review's venue line
 * at the head of the newspaper standfirst and its closing italic "is at … until …" line; the album title (the h1) is the
 * music review's title, the artist name above it, the score, "Best New Music", the label • year line and the Genre/Label
 * block are furniture, while "Reviewed:" with its date is a byline; the affiliate disclosure and the newsletter plug set in
 * italics at the end of the review body, the inline buy button and the trade site's inline "Related Stories" box are
 * furniture; on Blogger and Tumblr the h1 is the blog's name (furniture) and the post title (h3 / h2) is the title; the
 * Blogger book details lines ("Title: …", "Author: …", "My rating: …") are body, one entry a line, and the quoted almanac
 * entry is body; Blogger's date header, "Posted by …" and "at 08:14" are bylines; blog comment texts are furniture and their
 * author names and dates bylines; a Squarespace quote block is body, its text and its "— name" source line one entry each,
 * while image and video captions are furniture; in the Tumblr reblog trail every quoted post and the reblogger's own text are
 * body, the "username:" attribution lines, the date and the "(via …)" / "(Source: …)" lines bylines, and the tags, note count
 * and notes list furniture; on GitBook the page description under the h1 is body, hints (admonitions) are body, a code block
 * is one body entry with its lines joined by single spaces, the code block's file name label, the group label above the h1 and
 * the sidebar are furniture, and "Last updated 3 months ago" is a byline; on LibGuides the h1 "guide: page" is the title, the
 * box titles of the main column are the headings, each database name and its description are body (one entry each), while
 * the guide description, page tabs, librarian profile, LibChat box and guide footer are furniture and "Last Updated:" with its
 * date a byline; every table row (header row included) is one body entry with its cells joined by spaces; on both wikis the
 * infobox (title, caption, labels, values), spoiler notice, hatnote, site notice, TOC entries (number and text as one entry),
 * edit links, navbox, categories and the reference list are furniture, while a character page's opening quote and its source
 * line are body; "This page was last edited" is a byline; forum posts are body, a quoted passage inside a reply is its own
 * body entry (Goodreads' "X wrote: "…"" as shown), the Discourse quote header "tashgrove:" a byline, post author names (full
 * name and username), dates and "(last edited …)" bylines, and user titles, like counts, message numbers, the topic map,
 * the accepted-answer box with its excerpt, "Solution", the timeline and the closing notice furniture; text hidden only by
 * the site stylesheet or a utility class (the trade site's author tooltip, Fandom's dropdowns, Tumblr's "Loading...", GitBook's
 * responsive `hidden md:block` search label and `hidden xl:flex` "On this page", screen-reader labels) counts as visible
 * furniture (desktop view), while text under a plain `hidden` class (Squarespace "Thank you!", Blogger "Load more..."), the
 * `hidden` attribute, aria-hidden, a <noscript> or inside a closed <details> (the newspaper's "Last modified" line) is in no
 * list; star ratings drawn as SVG only carry no text; text that the gold rules leave out because it also occurs in the title,
 * a heading or a body entry is removed with whole-word matching (so forum names quoted in posts, an infobox "Born" label or a
 * tag such as "fantasy" go when the body uses the words).
 */
export const HELDOUT705_PAGES: readonly TestPage[] = [...HELDOUT705_A, ...HELDOUT705_B, ...HELDOUT705_C, ...HELDOUT705_D, ...HELDOUT705_E, ...HELDOUT705_F];
