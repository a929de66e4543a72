import type { TestPage } from './page-kit.js';
import { HELDOUT703_A } from './pages-heldout703-a.js';
import { HELDOUT703_B } from './pages-heldout703-b.js';
import { HELDOUT703_C } from './pages-heldout703-c.js';
import { HELDOUT703_D } from './pages-heldout703-d.js';
import { HELDOUT703_E } from './pages-heldout703-e.js';
import { HELDOUT703_F } from './pages-heldout703-f.js';

/**
 * Held-out batch 703, written in session 45 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a financial daily's private credit
 * story cut off by a subscription barrier (FT-like Origami page: o-header, o-topper, o-share, inline "Recommended" box, cookie
 * banner), a business wire story on a dairy takeover (Reuters-like Arc XP / Fusion page with data-testid markup, summary box,
 * inline newsletter plug and ad label, sign-off and author bio), an accountancy trade publication's news story on WordPress
 * (tagDiv Newspaper cloud template: breadcrumbs, subtitle, share bar, inline ads, pull quote, table, tags, prev/next, author
 * box, related articles, comment form), a LinkedIn article on the four-day week in its signed-out guest view (cookie alert,
 * author card, reactions, guest comments, more articles, explore topics), a finance software company's month-end checklist on
 * HubSpot CMS (Growth theme: HubSpot cookie banner, inline CTA, customer quote, tags, author bio, subscribe form, related posts),
 * a personal finance blog post on WordPress (Kadence with Kadence Blocks: breadcrumbs, affiliate disclosure, reading time,
 * table of contents, info box, table, affiliate product box, author box, post navigation, similar posts, comments, Complianz
 * banner), a timesheet approval article on Zendesk Guide (Copenhagen: section sidebar, callouts, table, votes, share, related
 * articles, comments), an invoice sync article on the Intercom Help Center (interblocks: callout, table, code block, related
 * articles, reaction picker), a supplier invoice approval page of a Confluence Cloud space opened by a public link (panels,
 * table, expand, page tree, byline, labels), a co-operative's pay policy on its own MediaWiki (Vector legacy: notice box,
 * hatnote, contents, table, references, navbox, categories), a vBulletin 4 thread on going limited (user cards, quote,
 * signatures, similar threads, posting permissions), and an old.reddit.com thread comparing a salary offer with a pension
 * match (self post, nested comments, flair, scores, subreddit sidebar).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the paywalled page the standfirst and the paragraphs shown above the barrier are
 * the body (the rest of the story is not in the page), and the barrier's heading, offer, prices, buttons and sign-in lines are
 * furniture; a standfirst, subtitle or article description under the h1 (Origami standfirst, tagDiv subtitle, Intercom
 * description) is body; the wire story's "Summary" label is a heading and its bullets body, its "Companies" line furniture, the
 * dateline opening the first paragraph ("COPENHAGEN, March 4 (Meridian) -") stays in that body entry, the upper-case crosshead
 * is a heading and the "Reporting by …; Editing by …" sign-off a byline; names in author bio boxes are bylines and the bio
 * texts furniture (so is LinkedIn's author headline); the tagDiv pull quote (worded apart from the body) is furniture, while a
 * customer quote set as a blockquote in the HubSpot body is body with its attribution; every table row, the header row
 * included, is one body entry with its cells joined by spaces, and a table caption or source line is furniture; the Kadence
 * info box title is a heading and its text body, and the Confluence expand (open) title a heading and its list body; docs
 * callouts and panels (Zendesk note and warning, Intercom note, Confluence info and warning) are body with their "Note:" or
 * "Important:" labels, and so is the Intercom code block; a link or button set in or under the body (HubSpot's inline CTA,
 * Kadence's "Open an account", an affiliate product box, the affiliate disclosure line) is furniture; reading time lines
 * ("Reading Time: 6 minutes", "3 min read") and "Updated …", "Last updated: … by …", "Owned by …", "Written by …" lines are
 * bylines, Zendesk's relative "3 weeks ago" and its "Updated" label included; blog comment texts (LinkedIn, Kadence) are
 * furniture, their author names and times bylines, and commenters' headlines furniture; the MediaWiki policy notice box and
 * hatnote are furniture, like the contents box, edit links, the "References" heading with the reference texts, the navbox
 * (v · t · e included) and categories, while inline [n] markers stay in their paragraphs and TOC numbers, "↑" and edit brackets
 * are in no list; in the vBulletin thread the h1's "Thread:" prefix is furniture and the thread title the title (post #1's
 * repeated title h2 falls under it), a quote inside a reply is body (its own entry, before the reply) while "Originally Posted
 * by …" is furniture, and user cards, post counters, signatures and "Reply With Quote" are furniture, user names and post dates
 * bylines; on old.reddit the post title (a link in p.title, not an h1) is the title and the sidebar's subreddit h1 furniture,
 * the self text and every comment are body, "submitted … by …" and "this post was submitted on …" are bylines, like comment
 * authors and times, and scores, flair, the [S] submitter mark and the comment buttons furniture, "[–]" in no list; emoji-only
 * reaction buttons (Intercom) are in no list; texts hidden only by the site stylesheet (visually hidden labels, tagDiv's comment
 * warnings, Copenhagen's share labels, old.reddit's "(49 replies)") are furniture, texts under inline display:none ("Cancel
 * reply"), aria-hidden or in attributes, placeholders and input values are in no list.
 */
export const HELDOUT703_PAGES: readonly TestPage[] = [...HELDOUT703_A, ...HELDOUT703_B, ...HELDOUT703_C, ...HELDOUT703_D, ...HELDOUT703_E, ...HELDOUT703_F];
