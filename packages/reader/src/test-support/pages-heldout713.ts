import type { TestPage } from './page-kit.js';
import { HELDOUT713_A } from './pages-heldout713-a.js';
import { HELDOUT713_B } from './pages-heldout713-b.js';
import { HELDOUT713_C } from './pages-heldout713-c.js';
import { HELDOUT713_D } from './pages-heldout713-d.js';
import { HELDOUT713_E } from './pages-heldout713-e.js';
import { HELDOUT713_F } from './pages-heldout713-f.js';

/**
 * Held-out batch 713, written in session 46 without reading the reader's rules (src/html), its scripts, README or tests and without running the extractor (or
 * the CLI, the API, the demo or any test) on these pages: a feature on a schoolteacher's flood map of 1889 in a history magazine on WordPress with tagDiv's
 * Newspaper theme (top bar with the day's date, breadcrumbs, sub-title, view and comment counts, share bar, in-content ad, pull quote, "Read more" line,
 * subscription promo, tags, next / previous article, author box, related articles, comments and a sidebar), a story on a church and a mosque sharing one
 * building from a nonprofit religion news service on WordPress with the Newspack theme (dateline opening the first paragraph, Jetpack sharing, republish
 * button, related link, newsletter and donation blocks inside the content, author bio, Jetpack related posts), a long read on a town drowned for a reservoir
 * and its choir on a public broadcaster's site in the style of NPR's story template (slug, byline block, dateblock, "Heard on" line, audio module, image
 * buckets with captions and credits, related-story inset, pull quote, sponsor message, newsletter and donation callouts, Related Topics and "More Stories"),
 * a historian's teaching post on parish registers on WordPress with the Twenty Twenty-Four block theme (post meta line, list, table, quote, image, tags, post
 * navigation, threaded comments and comment form), a research notebook post on a confraternity's account book on a Hypotheses.org blog (Twenty Sixteen, the
 * platform bar, tarteaucitron cookie box, core footnotes, "Cite this post" box, byline in the entry footer, comment, sidebar), a Tumblr text post on a
 * village's "lantern sermons" with a custom theme (date, note count, tags, notes list with reblog additions and likes), an object page for a rood screen
 * panel in a museum's eMuseum collection site (result paging, media viewer, tombstone fields, a catalogue essay with sub-headings, provenance, exhibition
 * history, references, keywords, related objects, feedback box), a collection-level finding aid for a mutual aid society's records in the ArchivesSpace
 * public interface (badge and identifier, page actions, summary fields, accordion notes, administrative, repository, subject and names panels, collection
 * organization tree, stock footer), a Wikipedia article on a tithe riot (Vector 2022, hatnote, infobox, "Main article" hatnote, thumbnail, citation and note
 * markers, "citation needed", See also, Notes, References, Sources, External links, navbox), a local history wiki's page on a demolished chapel in
 * MediaWiki's MonoBook skin (maintenance box, simple infobox, old-style contents, ministers table, references, portlets, footer), a solved family history
 * question on an Invision Community 4.7 forum (cookie message, "Recommended Posts", author panes with member title, post count and location, mobile author
 * strip, "Author" and "Solution" badges, solved box, quote, "Thanks" reactions, signature), and an AskHistorians thread on old.reddit.com (subreddit bar,
 * self post with link flair, AutoModerator sticky, removed comments, a long answer with its sources, nested replies, "load more comments", sidebar, footer
 * and debug line).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a sub-title or dek under the h1 (tagDiv, Newspack) is body, while a category label or slug above it (tagDiv and NPR
 * "History", Newspack "News") is furniture; the dateline opening the news service's first paragraph ("CALLOWAY FORKS, Ohio (INS) —") stays part of that body
 * paragraph; the date in tagDiv's top bar is the day the page was saved, not the story's, and is furniture, while the story's date, a "By" standing alone
 * before the author link and the author box's name are bylines (the box's bio furniture); view and comment counts, the in-content "Read more:" line, the
 * subscription promo, Newspack's republish button, related link paragraph, newsletter block and donation block (whose h2 is not an article heading) are
 * furniture; a reworded pull quote (tagDiv) is furniture, and NPR's pull quote, which repeats a body sentence, drops out through gold(); Newspack's "Updated"
 * label is a byline with its date; NPR's name, date and time are bylines and its "Heard on Morning Commons" line, audio module texts, image captions and
 * credits, related-story inset, "Sponsor Message", callouts, topics and rails furniture; on Twenty Twenty-Four the post meta line's date, "by" and author
 * name are bylines, "in" and the category furniture and the "—" in no list; table rows are body, one entry a row with cells joined by a space, header row
 * included, and table captions are furniture; comment authors and dates are bylines and comment texts furniture (also the post author's own reply); footnote
 * markers stay in their paragraphs as shown ("212 folios.1 It runs"), while a footnote list is furniture, and so is the Hypotheses "Cite this post" box
 * although it repeats author, title and date; Twenty Sixteen's screen-reader labels ("Author", "Posted on", "Categories", "Tags", "says:") are furniture, its
 * aria-hidden "Previous" in no list; on Tumblr the blog's title and description are site furniture (not a byline), the post date a byline, and the note
 * count, reblog link, tags and every note (its action line and any added comment) furniture; on the museum page the object title is the h1, the Description
 * field's catalogue essay is body with its h3s as headings, and the "Description" label, the tombstone labels and values, provenance, exhibition history,
 * published references, keywords, rights, share links, result paging, related objects and feedback box are furniture, with no bylines; on the finding aid the
 * summary sections (Scope and Contents, whose inline label counts as a heading, Dates, Creator, Extent, Language of Materials) and the descriptive notes
 * (Biographical / Historical, Arrangement, the two Conditions notes, Immediate Source of Acquisition) are the article, their labels headings and their values
 * body (each date line one entry), while the record badge, identifier, page actions, breadcrumb, the "Finding aid & administrative information" panel (except
 * its Author and Date values, which are bylines), Repository Details, Subject and Names panels, search box and collection organization tree are furniture;
 * wiki infoboxes (labels, values, header rows and image captions), hatnotes including an in-section "Main article:" line, figure captions, maintenance boxes,
 * contents entries with their numbers, See also, Notes, References, Sources and External links sections (headings and entries), navboxes, edit links and
 * categories are furniture, while "[1]", "[a]" and "[citation needed]" stay in their paragraphs and "This page was last edited" lines are bylines; MonoBook's
 * ministers table is body, and its portlet headings hidden only by the stylesheet ("Navigation menu", "Page actions") count as shown; in the forums every
 * post's and comment's text is body, including quoted text and list items (one entry each), the AskHistorians answer's bold lines ("How did they know?") and
 * its sources list, which is part of the answer; post authors, "Posted …" lines, the topic header's "By KinSeeker_Maud," and date, quote citations, old
 * reddit's whole "submitted 9 days ago by lanternwick" tagline and comment ages (removed comments' too) are bylines; member titles, post counts, the
 * "Location:" field, "Author" and "Solution" badges, the "Solved by … in this post" box, "Thanks" counts, signatures, "Recommended Posts", "[deleted]",
 * "[removed]", the AutoModerator sticky (name, "[M]", text, "stickied comment"), flairs, "[S]", scores (old reddit's dislike and like variants, hidden only
 * by the stylesheet, counted as shown), buttons, "load more comments", sidebars, footers and the debug line are furniture; symbol-only pieces ("[–]", "*",
 * "π", "↩︎", arrows) and text in hidden, aria-hidden or inline display:none elements, attributes and alt texts are in no list; text that also occurs as words
 * in the title, a heading or a body entry drops out through gold() with whole-word matching.
 */
export const HELDOUT713_PAGES: readonly TestPage[] = [...HELDOUT713_A, ...HELDOUT713_B, ...HELDOUT713_C, ...HELDOUT713_D, ...HELDOUT713_E, ...HELDOUT713_F];
