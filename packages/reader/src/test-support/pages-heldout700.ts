import type { TestPage } from './page-kit.js';
import { HELDOUT700_A } from './pages-heldout700-a.js';
import { HELDOUT700_B } from './pages-heldout700-b.js';
import { HELDOUT700_C } from './pages-heldout700-c.js';
import { HELDOUT700_D } from './pages-heldout700-d.js';
import { HELDOUT700_E } from './pages-heldout700-e.js';
import { HELDOUT700_F } from './pages-heldout700-f.js';

/**
 * Held-out batch 700, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional daily's bridge-closure
 * story on Arc XP (Fusion with Themes blocks, in-body ads and a RELATED link, author bio, right rail, meter banner, OneTrust
 * banner), a local paper's water-rates story on TownNews BLOX CMS (kicker, subhead, photo with "Buy Now", a rate table, in-story
 * ad region, author card, "Most Popular"), a hyperlocal nonprofit's library story on Newspack (WordPress: Jetpack share bar, a
 * homepage-articles block, newsletter block, pull quote and donation prompt inside the content, "Republish this story"), a
 * borough councillor's post on Substack (subscribe widget and share button in the body, a footnote, comments), a village
 * blogger's parish council report on Blogger (classic Simple template, post title in an h3 under the blog's h1, <div>/<br>
 * paragraphs, tr-caption image, comments, archive widget, cookie notice), a school board member's essay on Medium (atomic
 * classes, section headings as h1 inside the body, figure, blockquote, "Written by" card, recommendations), a city council's
 * open-data API reference rendered by Redoc (menu, parameter tables, response buttons, JSON response samples), a borough
 * council's street-party guidance on the GOV.UK Design System (cookie and phase banners, metadata, contents list, details,
 * inset and warning text, start button, "Is this page useful?"), a Wikipedia town article (Vector 2022: sidebar contents,
 * hatnote, settlement infobox, maintenance box, population table, references, navbox), a local history society's page on
 * DokuWiki (default template: breadcrumbs and trace, sidebar, TOC, wrap box, footnotes, table, tags, docInfo), a city
 * subreddit thread on new Reddit (shreddit components, nested comments, a deleted comment, community sidebar), and a
 * neighbourhood forum thread on Discourse as rendered with JavaScript (sidebar, category and tags, a quote, topic map,
 * timeline, suggested topics).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle or lead under the headline is body, whatever its tag (Arc's
 * h2.b-subheadline, BLOX's h2.subhead, Newspack's subtitle, Substack's h3.subtitle, Medium's h2 subtitle, GOV.UK's lead
 * paragraph), while an overline, kicker, category link or caption label above the headline ("Local News", "Local",
 * "Community", "Guidance") is furniture; the Blogger post title (an h3) is the title and the blog name in the h1 furniture;
 * Medium's section headings, rendered as h1 inside the body, are headings; every table row, the header row included, is one
 * body entry with its cells joined by spaces, and a table's caption or bold label above it is body; the article's reading
 * time ("6 min read") is a byline, other stories' reading times furniture; an author contact line in italics at the end of
 * the BLOX body is a byline, while author bio boxes and author cards (their name line included) are furniture; a pull quote
 * repeating a body quote is in no list (its cite furniture); promos inside the body (Arc's RELATED link, Newspack's
 * homepage-articles, newsletter and donation blocks, Substack's subscribe widget and share button) are furniture; footnote
 * and reference lists (Substack, DokuWiki, Wikipedia, with Wikipedia's References and External links headings) are
 * furniture, while inline markers stay in their body entries as shown ("year.1", "[1]", "chamber.1)"); comments under blog
 * posts are furniture and their authors and dates bylines, while forum posts are body and their user names, full names,
 * dates and a Discourse quote's "tomhebden:" attribution bylines, the quoted text body, user titles, like counts, the topic
 * map and timeline furniture; Reddit's "Comment deleted by user" is furniture and its time a byline, and Reddit's vote
 * counts, held only in attributes, are in no list; in the Redoc page the API title with its version is the title, markdown
 * sections, tags and operations are headings, and descriptions, code blocks, parameter rows (name, "required", type,
 * enum or default and description joined by spaces), response rows (code and description) and the selected JSON response
 * sample (one entry, its lines joined by spaces) are body, while the menu, verb badges, download / contact / licence lines,
 * generated labels ("query Parameters", "Responses", "Response samples", "Content type", "Copy", "Expand all"), the
 * endpoint panel and response tabs are furniture; on the GOV.UK page the "From:", "Published" and "Last updated" lines and
 * the change-history dates are bylines, the change notes furniture, a details component (summary and its collapsed text),
 * inset text and warning text are body, and the warning's visually hidden "Warning", the contents list and the "Start now"
 * button furniture; the Wikipedia infobox (labels, values, image caption, coordinates), hatnote, maintenance box, thumbnail
 * caption, navbox and categories are furniture, its "Notable people" list body and "This page was last edited" a byline;
 * DokuWiki's wrap-plugin info box and its blockquote with the speaker's attribution are body, its docInfo line a byline,
 * its page id, breadcrumbs, trace and tags furniture; visually hidden texts (screen-reader labels, skip links, DokuWiki's
 * a11y headings, Jetpack's "(Opens in new window)") are furniture, while text in `hidden` or aria-hidden elements (Vector's
 * dropdown labels such as the language count, separators) is in no list; text that the gold rules leave out because it also
 * occurs in the title, a heading or a body entry is removed with whole-word matching.
 */
export const HELDOUT700_PAGES: readonly TestPage[] = [...HELDOUT700_A, ...HELDOUT700_B, ...HELDOUT700_C, ...HELDOUT700_D, ...HELDOUT700_E, ...HELDOUT700_F];
