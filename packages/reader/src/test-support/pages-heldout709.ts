import type { TestPage } from './page-kit.js';
import { HELDOUT709_A } from './pages-heldout709-a.js';
import { HELDOUT709_B } from './pages-heldout709-b.js';
import { HELDOUT709_C } from './pages-heldout709-c.js';
import { HELDOUT709_D } from './pages-heldout709-d.js';
import { HELDOUT709_E } from './pages-heldout709-e.js';
import { HELDOUT709_F } from './pages-heldout709-f.js';

/**
 * Held-out batch 709, written in session 46 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a heat-wave and grid-emergency
 * live-updates page on a Washington Post-style news site built with Arc XP (Fusion app, `data-qa` markup, "What to know" card,
 * key updates, update cards with their own timestamps, headlines and bylines, "Story continues below advertisement", an
 * interstitial "Read more" link, a newsletter promo, a subscription footer), a cement-emissions story on a Quartz-like climate
 * desk built with React (hashed class names, obsession kicker, dek, chart embed, newsletter box inside the body, topics, metered
 * paywall notice, cookie consent), an interconnection-queue story on an energy trade publication running Drupal 10 (page title
 * block above the node, subtitle and author fields, media image, embedded related teaser, table with caption and source note,
 * topics, AddToAny, author bio, sidebar blocks, newsletter webform), a glaciologist's field-notes post on Hugo with the PaperMod
 * theme (breadcrumbs, description, post meta, table of contents, figure, code block with its copy button, table, tags,
 * previous / next links, share buttons), a sewage-spill post on a river campaign group's WordPress blog (GeneratePress, Complianz
 * banner, table, GenerateBlocks petition box inside the post, Jetpack sharing and likes, categories and tags, post navigation,
 * comments and comment form, sidebar widgets), a carbon-offset essay on a Substack newsletter (subtitle, like / comment / share
 * bar, subscribe widgets and a share button inside the body, captioned image, blockquote, footnotes, discussion), an endpoint
 * page of an air-quality data API reference on ReadMe (method and URL line, excerpt, markdown with a callout, table and code
 * block, path and query parameters, responses, the "Try It!" request console, page rating, pagination), a sensor calibration
 * guide in a VitePress site (nav bar, sidebar, outline aside, tip / warning / details blocks, a badge in a heading, code blocks,
 * a table, edit link, last-updated line, pager), a Wikipedia article on a river (Vector 2022 with main menu and tools
 * dropdowns, sidebar contents, coordinates, hatnote, river infobox, figures, citation markers, a gauging-station table, See
 * also, references, external links, navbox, categories), a field-method page in a BookStack knowledge base (breadcrumbs, tags,
 * page and book navigation, details and actions, callouts, lists, a table, previous / next links), a Hacker News thread on a
 * heat-pump story (classic table layout, subtext line, comment form, nested comments with a quote line and a code block), and
 * a Lemmy thread in which a community solar co-op explains itself (lemmy-ui server render, vote bar, cross-post line, sort
 * buttons, nested comments with OP badges and a quote, community sidebar, version footer).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle, description or subtitle field under the h1 (Meridian dek, Drupal
 * subtitle, PaperMod description, Substack subtitle, ReadMe excerpt) is body, while kickers and labels above it (Arc "Climate &
 * Environment" and "Live", Meridian "Obsession" / "Net-Zero Industry") are furniture; on the live-updates page the pinned "What
 * to know" card title and each update's headline are headings and the card bullets and paragraphs body, each update's time and
 * "By" author are bylines, and the key-updates box (which repeats the headlines and drops out by the usual rule), "Pinned",
 * card share / copy-link buttons, the interstitial "Read more:" link and the newsletter promo are furniture; a reporter's role
 * under the name ("Climate reporter"), reading times ("5 min read", "3 min") and PaperMod's word count ("568 words") are
 * bylines; a chart embed's title and source line, table captions and table source notes are furniture like image captions
 * and credits; every table row, header row included, is one body entry with its cells joined by a space; a code block is one
 * body entry with its lines joined by spaces (blank lines dropped), and its copy button and language label ("copy", "sh",
 * "yaml", "JSON") are furniture; the campaign blog's petition box and the Substack subscribe widgets and in-body "Share" button
 * are furniture, like blog comment texts (whose author names and dates are bylines) and like counts; Substack footnote markers
 * sit after punctuation and stay in their paragraphs as shown, while the footnote list is furniture; the Substack publication
 * name in the navbar h1 is furniture, not the title; on the ReadMe page the method and URL line, the markdown description (its
 * callout title included, as body, not a heading), the table and code block, each parameter's name line ("station_id string
 * required") and description, and each response line ("200 A page of readings, newest first.") are body, with "Path Params",
 * "Query Params" and "Responses" as headings, while the right-hand request console (language tabs, credentials, the generated
 * curl request, "Try It!", response placeholder), the sidebar with its method badges, page rating and pagination are
 * furniture and "Updated 2 months ago" is a byline; docs admonitions and callouts (VitePress tip / warning / details, BookStack
 * info / warning / success callouts) are body, but their generic labels ("TIP", "WARNING") are furniture, while a details
 * block's own summary question is body; a version badge beside a heading ("v2.1+") is furniture and the heading is the text
 * without it; VitePress "Last updated: …" and BookStack's "Created … by …" / "Updated … by …" lines are bylines and "Revision #7",
 * tags, book and page navigation furniture; on Wikipedia the coordinates, hatnote, infobox (labels, values and caption), the
 * sidebar contents (its numbers listed alone, its entries dropping out by the usual rule), edit links, See also, References and
 * External links (headings and entries, not in the headings list), navbox, categories and "Retrieved from" line are
 * furniture, the table caption with its citation marker too, while the main-menu and tools dropdown contents (hidden only by
 * the stylesheet) count as shown and their aria-hidden labels and the aria-hidden language button are in no list; in the
 * forums the Hacker News title is the submission's link text (its site, points, "hide", "past", "favorite" and comment count
 * furniture, the submitter, commenters and relative ages bylines), every comment paragraph is a body entry, an HN quote line
 * ("> …") and a Lemmy blockquote are body entries of their own, HN's aria-hidden "root", "parent" and "next" links and the
 * "[–]" toggle are in no list, "reply" is furniture; on Lemmy the post (paragraphs and list items) and comments are body, the
 * poster, commenters and ages are bylines, and the vote scores, "OP" badges, "to" and the community link, the cross-post line,
 * comment sort buttons, the community sidebar (stats, description, rules, moderators), the version footer and the `<noscript>`
 * "Javascript is disabled" notice are furniture;
 * visually hidden texts (skip links, screen-reader labels, "Main Navigation", "Pager", "Breadcrumb") are furniture, while
 * text in `hidden`, aria-hidden or display:none elements, attributes, alt texts and scripts is in no list.
 */
export const HELDOUT709_PAGES: readonly TestPage[] = [...HELDOUT709_A, ...HELDOUT709_B, ...HELDOUT709_C, ...HELDOUT709_D, ...HELDOUT709_E, ...HELDOUT709_F];
