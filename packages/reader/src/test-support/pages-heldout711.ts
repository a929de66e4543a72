import type { TestPage } from './page-kit.js';
import { HELDOUT711_A } from './pages-heldout711-a.js';
import { HELDOUT711_B } from './pages-heldout711-b.js';
import { HELDOUT711_C } from './pages-heldout711-c.js';
import { HELDOUT711_D } from './pages-heldout711-d.js';
import { HELDOUT711_E } from './pages-heldout711-e.js';
import { HELDOUT711_F } from './pages-heldout711-f.js';

/**
 * Held-out batch 711, written in session 46 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an electric estate car review in the
 * motoring section of a Telegraph-like UK broadsheet (Adobe Experience Manager template with `e-headline`, `e-standfirst`, star
 * rating, metered-paywall strip, an inline related carousel and a newsletter promo inside the body, "The facts" and "The rivals"
 * boxes), a turboprop grounding story on an aviation news site running WordPress with tagDiv's Newspaper theme (sub-title, views
 * and comment counts, share buttons, "- Advertisement -" slots, table, "READ ALSO:" line, tags, previous / next, author box,
 * related articles, comments, sidebar), an emergency landing story on a local TV station's site on the Nexstar WordPress template
 * (eyebrow, "by:" and Posted / Updated lines, video playlist, in-body "RELATED:" line, newsletter embed, app promo and copyright
 * line inside the body, trending and top-stories rails), a carburettor post on a car enthusiast's Jekyll blog with the minima theme
 * (post meta, rouge code block, table, kramdown footnote, Disqus placeholder, h-card footer), an electric bus post on a transport
 * publication running Ghost with Casper (primary tag, excerpt, reading time, callout, bookmark, toggle and button cards, footer
 * call-to-action, read-more cards), a first glider solo post on a WordPress.com blog with Twenty Sixteen (entry footer after the
 * post, WordAds, Jetpack sharing, likes and related posts, comments, post navigation, sidebar, cookie widget, action bar), vehicle
 * software release notes on a Mintlify developer site (`<Update>` blocks with labels and dates, warning callout, titled code block,
 * "On this page", feedback bar, pagination), a method reference page for an in-car web API on a developer docs site running MDN's
 * Yari template (baseline indicator, secure-context and note notecards, `<dl>` parameters and exceptions, example code,
 * specifications table, browser compatibility table with legend, "See also", metadata aside), a Wikipedia article on a regional
 * turboprop airliner (Vector 2022, hatnote, aircraft infobox, variants list, orders table with caption, the aircraft
 * specifications list, "See also", references, navbox), a branch line page on a railway fan wiki hosted on Fandom (global
 * navigation, community header, page header categories and actions, portable infobox, contents, stations table, trivia, references,
 * navbox, right rail, Fan Feed, footer), a misfire thread on a car owners' club forum running vBulletin 5 (first-visit notice,
 * conversation toolbar, user info blocks, bbcode quote, signatures, likes, tags, ad slot, related topics), and a rough-running
 * thread on a light aircraft forum running SMF 2.1 (welcome line, news line, linktree, subject h2 with "Started by", user info,
 * quote, "Last Edit" line, likes, signatures, "Jump to:", SMF footer).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, sub-title, excerpt, page description or dek under the h1 (broadsheet,
 * Newspaper, Ghost, Mintlify) is body, while section labels above it (the Newspaper categories, the Nexstar eyebrow "Local News",
 * Ghost's primary tag, Mintlify's eyebrow "Changelog") are furniture; the Nexstar dateline "HARLOW, Pa. (WPXQ) —" stays at the start
 * of its first paragraph (body); the broadsheet's "The facts" and "The rivals" boxes are body, their h2s headings and each fact line
 * with its bold label one body entry ("On test: …"), while its star rating (with the visually hidden "4 out of 5 stars"), paywall
 * strip, gift / save / comment count buttons, related carousel and the newsletter promo inside the body are furniture; a writer's
 * role after the name ("Motoring Editor") and a bare "By" or "by:" are bylines; in-body "READ ALSO:" and "RELATED:" lines, the
 * Nexstar app promo and its copyright line at the end of the body are furniture, and so are table captions and a table's source
 * line; every table row, header row included, is one body entry with its cells joined by a space (empty cells left out); a code
 * block is one body entry with its lines joined by spaces, and a code block's filename tab (Mintlify) is furniture; a footnote
 * marker stays in its list item as shown ("patience.1") and the footnote list is furniture; reading times ("7 min read") are
 * bylines, but dates and reading times on "read more" cards are furniture; Ghost's callout card is body, its toggle card's title a
 * heading and its content body (collapsed only by the stylesheet), its bookmark and button cards furniture; on Twenty Sixteen the
 * author and date in the entry footer are bylines and its screen-reader labels ("Author", "Posted on", "Categories", "Tags") with
 * the category and tags furniture; blog comment texts are furniture and their authors and dates bylines, and "says:" furniture;
 * in the Mintlify release notes each `<Update>` label (the version) is a heading, in order with the h3s inside it, and its
 * description (the release date) is body, since the dates are what a changelog says, not a byline (the page has no bylines); the
 * docs' admonitions (Mintlify warning, Yari secure-context notecard above the intro and note notecard) are body; on the Yari page
 * each `<dt>` is a body entry as shown, badges included ("options Optional", "NotAllowedError DOMException"), the Specifications
 * section (heading and table) is body, while the Browser compatibility and See also sections (headings, compat table, legend and
 * links) are furniture and not in the headings list, like a wiki's See also; "This page was last modified on … by Meridian
 * contributors." and "This page was last edited on …" are bylines; on Wikipedia the aircraft specifications section is body: the
 * "Data from …" line, the bold "General characteristics" and "Performance" lines and each spec item ("Crew: 2"), and the variants'
 * `<dt>` names and `<dd>` texts are body entries; infoboxes (labels, values, captions, sub-headers), hatnotes, contents entries
 * as shown with their numbers ("1.1 Origins", Vector 2022's "(Top)" and "hide"), edit links ("edit", Fandom's "edit source"), See
 * also (with its group labels), References (heading and entries), navboxes, categories, Fandom's page header categories ("in:",
 * "and 2 more") and actions, right rail, Fan Feed entries with their numbers and the license lines are furniture, and Fandom's
 * Trivia list is body with its heading; the display:none short description is in no list; in the forums every post paragraph
 * (a `<br>`-separated chunk, or a list item) is one body entry and a quote inside a reply is a body entry of its own, while its
 * attribution ("Originally posted by karl.t", "Quote from: Fenwick on …") is furniture; post authors, post dates, SMF's "Started by
 * …" line and its "Last Edit: … by …" line are bylines; user ranks, member groups, join dates, post counts, locations, blurbs and
 * their labels, "Logged", signatures, like counts ("3 members like this."), post counters, "Tags: None", the vBulletin first-visit
 * notice, SMF's welcome, clock and news lines, paging, "Jump to:" and related topics are furniture; on SMF the h1 is the forum's
 * name (furniture) and the title is the topic subject shown in the `display_title` h2, and each reply's "Re: …" subject line,
 * hidden only by the stylesheet, is furniture; visually hidden texts (skip links, screen-reader labels, sr-only social names) are
 * furniture, while aria-hidden text, attributes, alt texts and the zero-width space in Mintlify's heading anchors are in no list;
 * texts the gold rules leave out because they also occur as words in the title, a heading or a body entry (a menu "News", a tag
 * "Pennock Ridge", a count "3") are removed with whole-word matching.
 */
export const HELDOUT711_PAGES: readonly TestPage[] = [...HELDOUT711_A, ...HELDOUT711_B, ...HELDOUT711_C, ...HELDOUT711_D, ...HELDOUT711_E, ...HELDOUT711_F];
