import type { TestPage } from './page-kit.js';
import { HELDOUT710_A } from './pages-heldout710-a.js';
import { HELDOUT710_B } from './pages-heldout710-b.js';
import { HELDOUT710_C } from './pages-heldout710-c.js';
import { HELDOUT710_D } from './pages-heldout710-d.js';
import { HELDOUT710_E } from './pages-heldout710-e.js';
import { HELDOUT710_F } from './pages-heldout710-f.js';

/**
 * Held-out batch 710, written in session 46 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a national paper's story on a
 * state's teacher retention bonus on a New York Times-like template (vi React app with emotion classes, summary, "Reporting
 * from" line, share tools, photo viewer figure, ad slots with "SKIP ADVERTISEMENT", an inline "More on" list, reporter bio,
 * print line, Editors' Picks and Most Popular rails, register dock, site index), a university news office story on a reading
 * clinic on Drupal 10 with the Olivero theme (social bar, breadcrumb, node meta, image caption, media contact and tags fields,
 * a related stories view), a high school newspaper's story on later start times on WordPress with SNO Sites' FLEX theme
 * (breaking news ticker, deck, staff byline, photo credit, "Story continues below advertisement", pull quote, table, donation
 * widget, "About the Contributors", comment form), a fourth-grade teacher's post on classroom libraries on Blogger (classic
 * Simple template: blog title h1, date header, h3 post title, share buttons, labels, comments, pager, profile and archive
 * sidebar), an edtech company's research post on exit tickets on Webflow (Finsweet cookie banner, dropdown navbar, author
 * block, "On this page" contents, rich text with table, figure and blockquote, call to action, newsletter form, related
 * posts), a middle school principal's essay on a phone-free school on Medium (publication, subtitle, byline with Follow,
 * claps, Listen and Share, tags, "Written by", responses, "More from"), a learning platform's late work policy article on a
 * Freshdesk support portal (classic portal theme: portal name h1, h2 article title with a Print link inside, "Modified on",
 * inline note and warning boxes, table, "Did you find it helpful?", Related Articles), an open-source LMS's roster sync page
 * built with Antora (default UI: nav tree, version explorer, breadcrumbs, page versions, Edit this Page, Contents menu,
 * admonition tables, a titled YAML listing, a table, prev/next), a Wikipedia article on a university (Vector 2022, hatnote,
 * vcard infobox, citation markers, a subsection, a rankings table, references, external links, two navboxes, categories), a
 * school district's staff wiki page on the proficiency scale on Wiki.js 2 (Vuetify app bar and drawer, breadcrumbs, the title
 * and description as styled divs, "Last edited by", contents and tags cards, "¶" heading anchors, info and warning
 * blockquotes, a table), a teachers' forum thread on a Year 4 number facts check on MyBB 1.8 (default theme: top links, guest
 * panel, thread title in the table head, thread rating, postbits with user statistics, a MyCode list and quote, an edit note,
 * signatures, related threads, forum jump), and a Quora question on a reluctant nine-year-old reader (answers with
 * credentials, dates, views and "Upvoted by" lines, a sponsored ad, related questions, the logged-out sign-up dialog).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a summary, deck, subtitle or page description under the title (the news summary, the
 * SNO deck, the Webflow summary, the Medium subtitle, the Wiki.js description) is body, while a section or category label near
 * the title (the news masthead's "Education", SNO "News", Webflow "Research", Medium's "Published in" and publication name) is
 * furniture; the news "Reporting from Harlan Falls, Westmarch" line, its "Updated …" line, Olivero's "By Lena Marchetti",
 * SNO's whole byline with staff titles ("Priya Nandakumar, News Editor and Marcus Ito, Staff Writer", one entry), Blogger's
 * date header and "Posted by Ms. Ferrante at 7:42 PM" line, the Webflow author name, date and read time, Freshdesk's "Modified
 * on: …" line and Wiki.js's "Last edited by" label, editor name and date are bylines, while author roles ("Head of Learning
 * Science"), reporter and writer bios, the print-edition line with Order Reprints, photo credits ("Credit...", the SNO credit
 * name) and dates on related-story rows are furniture; the Medium story's closing italic author note is furniture like an
 * author bio; an inline "More on …" link list inside the news body, "Story continues below advertisement", the SNO donation
 * widget and contributor profiles, Olivero's image caption, media contact and tags fields, and the Webflow call-to-action block
 * are furniture; a pull quote that repeats a body sentence drops out through gold(), its attribution line is furniture; a
 * quoted speaker's lead-in paragraph and blockquote (Olivero) and a teacher quote's attribution paragraph under a blockquote
 * (Webflow) are body, as is the Medium blockquote with its attribution inside it; Blogger's blog name is the page h1 but
 * furniture, the title is the h3 post title and the h3s inside the post are headings, the sign-off "Happy reading, Ms. F" is
 * body, the image caption furniture, comment texts furniture and comment authors and dates bylines, and the comment "Delete"
 * link, hidden only by Blogger's stylesheet, counts as shown, as do Webflow's form success and failure messages (hidden only by
 * webflow.css); "On this page", Antora "Contents" and Wiki.js "Table of Contents" entries repeat the headings and drop out;
 * the Freshdesk title is the h2 text without the "Print" link inside it (furniture), the portal name h1 is furniture, and its
 * styled note and warning paragraphs and the closing "Still stuck? …" paragraph are body; Antora admonition contents are body
 * (their labels exist only as title attributes), a listing block's title ("Example 1. quillstone.yml") is furniture like a
 * caption and the page has no bylines; every table row, header row and row-header cells included, is one body entry with cells
 * joined by a space, and a code block is one body entry with its lines joined by spaces; on Wikipedia the infobox (caption,
 * labels and values, a two-line value as two entries), hatnote, numbered contents entries ("3.1 Teacher education"), edit
 * links, References and External links sections (headings and entries), navboxes with their v/t/e links, categories and
 * "Retrieved from" line are furniture and "This page was last edited …" a byline; on Wiki.js the title is the header's
 * headline div (there is no h1), the "¶" anchors before the section headings are in no list and the headings are given without
 * them, the breadcrumbs (lower-case path segments), drawer menu and tags are furniture and the info and warning blockquotes are
 * body; in the MyBB thread the title is the thread subject in the table head (no h1, the breadcrumb's last item repeats it),
 * every `<br>`-separated chunk and MyCode list item of a post is one body entry and a quote inside a reply is a body entry of its
 * own, its cite line ("(03-02-2027, 07:41 PM)mrs_pennington Wrote:") furniture, user names, post dates and "(This post was last
 * modified: …)" bylines, and user titles, statistics, reputation, signatures, post numbers, Find and Reply buttons, thread
 * rating, forum jump options, related threads (authors and dates included), "Users browsing" and "Current time" furniture, with
 * the quick login modal and thread modes popup (inline display:none) in no list; on Quora the question title (a styled div) is
 * the title, every answer paragraph and list item body, answer authors and dates ("Updated Mar 2") bylines, and credentials,
 * "Upvoted by" lines, views, vote and comment counts, Follow, topics, the sponsored ad, related questions, the footer and the
 * logged-out sign-up dialog furniture; symbol-only pieces (separators, "¶", "^") are in no list.
 */
export const HELDOUT710_PAGES: readonly TestPage[] = [...HELDOUT710_A, ...HELDOUT710_B, ...HELDOUT710_C, ...HELDOUT710_D, ...HELDOUT710_E, ...HELDOUT710_F];
