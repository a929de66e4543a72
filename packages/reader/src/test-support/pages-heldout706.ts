import type { TestPage } from './page-kit.js';
import { HELDOUT706_A } from './pages-heldout706-a.js';
import { HELDOUT706_B } from './pages-heldout706-b.js';
import { HELDOUT706_C } from './pages-heldout706-c.js';
import { HELDOUT706_D } from './pages-heldout706-d.js';
import { HELDOUT706_E } from './pages-heldout706-e.js';
import { HELDOUT706_F } from './pages-heldout706-f.js';

/**
 * Held-out batch 706, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a House ethics bill story on a
 * Politico-like politics news site (story template with a dek, in-text ads, a newsletter promo and a related box inside the body,
 * a Most Read rail), a committee report story on a parliament's news service in the style of the UK Parliament committees site, a
 * local democracy reporting story about a library closure challenge on a Newsquest-style regional news site, a law firm's blog post
 * on the Property Boundaries Act on WordPress (Divi with the Monarch share bar, Simple Author Box and a comment form), a think-tank
 * blog post on citizens' assemblies on Drupal 10 (custom theme, with a table, notes and author teasers), a former drafter's essay on
 * Medium, a guidance page for recall petition officers on GOV.UK, a Part of an Act on a legislation site in the style of
 * legislation.gov.uk, a Wikipedia article (Vector 2022) about a private member's bill, a local ballot measure page on a
 * Ballotpedia-style MediaWiki wiki, a jury service thread on a legal advice forum run on Invision Community 4.7, and a Reddit thread
 * (shreddit) about a new councillor's register of interests.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, lead paragraph or subtitle under the h1 (the news dek and standfirst,
 * the parliament story's bold lead, the Drupal summary, the Medium subtitle, the GOV.UK lead paragraph) is body, while a kicker or
 * label above the h1 (news "Congress", Drupal "Blog", GOV.UK "Guidance", the parliament's "News article") is furniture; reading times
 * ("6 minute read", "6 min read") are bylines, as the brief asks, and so are a "Sarah Quintero contributed to this report." line at
 * the end of a story, a reporter's role under the name ("Local Democracy Reporter"), Divi's whole post-meta line (author | date |
 * categories | comment count) as one byline, an author box's name (its bio furniture), GOV.UK's "From:" organisation and its dates
 * in the metadata and in the published-dates footer (the labels "From:", "Published", "Last updated" furniture, like the change
 * history notes, hidden only by a js-hidden class); the reporting service's note at the foot of the local story, the law firm's
 * call-to-action box, disclaimer and share bar inside the post content, and a pull quote repeating body text are not body (the pull
 * quote drops out through gold()); the chair's quote in a blockquote and its "said:" line are body; table rows are body, one entry a
 * row with cells joined by spaces, the header row included, but a caption row spanning the table (the ballot results title) is
 * furniture; GOV.UK info, example and call-to-action callouts inside the govspeak body are body; on the legislation page the Act's
 * name is the title, the Part heading (number and title) and each section heading with its number ("7 Notice of recall condition")
 * are headings, each subsection or lettered paragraph one body entry with its number ("(1) …", "(a) …"), and the commencement
 * annotations, status and changes boxes, version and opening options and previous/next links furniture (no bylines); Medium's in-body
 * h1 section headings are headings; wiki "See also", "References", "External links" and "Footnotes" sections (headings and contents)
 * are furniture and not in the headings list, as are infoboxes (labels and values), hatnotes, tables of contents (entries as shown
 * with their numbers, "3.1 Second reading"), navboxes, categories and the ballot wiki's coverage notice and results source line, while
 * inline [n] markers and "[citation needed]" stay in their paragraphs and the ballot question, "yes"/"no" vote lines, supporter and
 * opponent lists and their quoted arguments are body; "This page was last edited …" lines are bylines; Vector's aria-hidden dropdown
 * labels ("Main menu", "Tools") are in no list; in the forums every post's and comment's text is body, including text quoted inside
 * a reply (Invision quote contents), while the quote's citation line ("On 03/03/2027 at 19:41, dawnpatrol_88 said:"), user names,
 * "Posted …", "Edited … by …", the topic header's "By dawnpatrol_88," and relative times are bylines; member groups, post counts,
 * reputation, reaction and vote counts, "(edited)", signatures, flairs, the OP badge, a deleted comment's placeholder and the
 * AutoModerator sticky comment (name, text and bot note) are furniture; Invision's mobile author strip and its guest terms bar,
 * hidden only by the stylesheet or once scripts run, count as shown.
 */
export const HELDOUT706_PAGES: readonly TestPage[] = [...HELDOUT706_A, ...HELDOUT706_B, ...HELDOUT706_C, ...HELDOUT706_D, ...HELDOUT706_E, ...HELDOUT706_F];
