import type { TestPage } from './page-kit.js';
import { HELDOUT660_A } from './pages-heldout660-a.js';
import { HELDOUT660_B } from './pages-heldout660-b.js';
import { HELDOUT660_C } from './pages-heldout660-c.js';
import { HELDOUT660_D } from './pages-heldout660-d.js';
import { HELDOUT660_E } from './pages-heldout660-e.js';
import { HELDOUT660_F } from './pages-heldout660-f.js';

/**
 * Held-out batch 660, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a proofreading studio's services
 * page on Squarespace 7.1 with a testimonial carousel and cookie banner, a copy-editor's style tips post on WordPress (Astra)
 * with an author box, comments and a sidebar, a copywriter's portfolio case study on Webflow, a publisher's house style page
 * on Hugo (Docsy) with a sidebar, TOC and a table, a copywriter's short About page built with Wix, an editor's newsletter post
 * on Ghost (Casper) with members boxes and related posts, a copywriting newsletter post on Substack with subscribe widgets and
 * a comment teaser, an editors' forum thread on Discourse (crawler view), a content agency's blog post on HubSpot CMS with a
 * CTA and subscribe form, a freelance editor's packages page on Elementor (Hello theme) with price tables and an FAQ
 * accordion, a proofreader's rates page in an old FrontPage table layout, and an article on a MediaWiki (Vector legacy) wiki.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, lead or subtitle under the h1 is body; on a services or packages
 * page the service and package names are headings, their descriptions, prices, turnaround lines and feature items body, and
 * their "Book now" / "Request a quote" buttons furniture; testimonial carousels and closing call-to-action sections ("Ready for
 * a sample edit?", "Got words that aren't pulling their weight?") outside the article are furniture, while a client quote
 * inside a case study's text is body; a case study's fact list (Client, Scope, Timeline) is body, one entry an item, label
 * included; an FAQ accordion's questions and answers are body entries, its section title a heading; a callout box inside a
 * docs page is body with its label ("Note") furniture; table data rows are body, one entry a row with its cells joined by
 * spaces, and table header cells are in neither list (also in a related-topics table); comments under an article are
 * furniture whole, their author names and dates included, while a forum thread's posts are body and their user names and
 * dates bylines; a newsletter's sign-off ("— Jo") is a byline; author bios and author-box names are furniture; "Last
 * modified" / "last updated" / "last edited" lines are bylines; reading time, like and comment counts, tags, category
 * badges and TOC entries (other than those equal to headings) are furniture; a wiki's "See also" list is body under its
 * heading; menu items equal to a word of the title or body (About, Editing, Packages, Rates, Fiction, Services) are left out
 * of furniture, as the usual rules say.
 */
export const HELDOUT660_PAGES: readonly TestPage[] = [...HELDOUT660_A, ...HELDOUT660_B, ...HELDOUT660_C, ...HELDOUT660_D, ...HELDOUT660_E, ...HELDOUT660_F];
