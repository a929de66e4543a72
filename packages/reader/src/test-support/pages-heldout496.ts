import type { TestPage } from './page-kit.js';
import { HELDOUT496_A } from './pages-heldout496-a.js';
import { HELDOUT496_B } from './pages-heldout496-b.js';
import { HELDOUT496_C } from './pages-heldout496-c.js';
import { HELDOUT496_D } from './pages-heldout496-d.js';
import { HELDOUT496_E } from './pages-heldout496-e.js';
import { HELDOUT496_F } from './pages-heldout496-f.js';

/**
 * Held-out batch 496, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a care home profile on WordPress with
 * Elementor (hero, icon-list facts column, enquiry form, GDPR bar), an inspection report summary on a regulator's Drupal 10 site
 * (ratings table, service-details sidebar), a care home fees page on Squarespace 7.1 (announcement bar, fees table, newsletter
 * footer), an activities blog post on WordPress Astra (comments, recent-posts sidebar), a befriending service page built with Wix
 * (rich-text blocks, refer-someone form, consent banner), a care group news post on Ghost Casper (tag, reading time, read-more
 * cards), a day centre page on Webflow (info card, volunteer call-to-action), a home care services page on HubSpot CMS (FAQ
 * accordion, CTA banner, cookie notice), a care home listing on a Next.js care directory (reviews, enquiry sidebar, nearby homes),
 * a carers' forum thread on Discourse (crawler view, suggested topics), a community wiki article on MediaWiki Vector 2022
 * (infobox, references, categories), and a lunch club page on an old table-layout village website.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Elementor hero text, Drupal lead, Ghost excerpt,
 * HubSpot intro, Wix italic line, the directory's "Nursing home in ... · 64 beds" line) is body; table data rows are body, one
 * entry a row with its cells joined by spaces, header rows in neither list (the fees, ratings and menus tables, the wiki infobox,
 * whose th/td rows count as data rows and whose title row repeats the h1); a facts box set beside the article text and headed
 * inside the page content (Elementor "At a glance") is article: its heading is a heading (listed last, after the main column's)
 * and its items body; a directory listing's facilities list and fees line are body, while its rating, badges, photo count and
 * reviews are furniture; testimonials and quotes set inside the article are body; FAQ questions and answers in an accordion are
 * both body, one entry each, and the accordion's heading is a heading; a "How it works" numbered list written as paragraphs is
 * body with its numbers; enquiry, referral and booking boxes with forms or buttons (Elementor "Make an enquiry", Wix "Refer
 * someone", HubSpot "Arrange a free home visit", the directory's "Contact this home") are furniture, their headings too, and form
 * labels are furniture; the regulator's "Service details" sidebar is furniture; comment authors and dates are bylines and comment
 * texts furniture; on the forum thread every post is body (a list inside a post one entry an item), each poster's name and post
 * date bylines, the category and tags furniture, the suggested-topics reply counts furniture; the wiki's "See also" links and
 * reference texts are body (without the ^ backlink), its edit-section links, tabs and categories furniture and "last edited"
 * line a byline; the table-layout page's bold "Menus for March" paragraph acts as its one heading and its "Page updated" line
 * is a byline; the Drupal "Published" label and date are bylines; Ghost's reading time is furniture; nav items equal to a word
 * or phrase of the title or body (Home, Fees, Care, Services, Befriending, Day Centre, Lunch Club, dementia tag) are left out
 * of furniture.
 */
export const HELDOUT496_PAGES: readonly TestPage[] = [...HELDOUT496_A, ...HELDOUT496_B, ...HELDOUT496_C, ...HELDOUT496_D, ...HELDOUT496_E, ...HELDOUT496_F];
