import type { TestPage } from './page-kit.js';
import { HELDOUT590_A } from './pages-heldout590-a.js';
import { HELDOUT590_A2 } from './pages-heldout590-a2.js';
import { HELDOUT590_B } from './pages-heldout590-b.js';
import { HELDOUT590_C } from './pages-heldout590-c.js';
import { HELDOUT590_D } from './pages-heldout590-d.js';
import { HELDOUT590_E } from './pages-heldout590-e.js';
import { HELDOUT590_F } from './pages-heldout590-f.js';

/**
 * Held-out batch 590, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a private maths and physics tutor's
 * subjects and rates page on Squarespace 7.1 with testimonial quotes and a newsletter footer, a tutoring agency's long
 * exam-season advice post on WordPress (Astra) with a sidebar, post navigation and comments, an agency's safeguarding policy on
 * Wix with a PDF button and consent banner, a parents' blog post on HubSpot CMS with a CTA, tags, related posts and a cookie
 * banner, a chemistry tutor's post on Ghost (Casper) with an excerpt, a captioned cover image and read-more cards, a tutor's
 * profile on a Next.js tutoring marketplace with reviews and a booking card, a parents' forum thread on Discourse with
 * suggested topics and a timeline, a tutoring agency's news item on Drupal 10 (Olivero), a tutor handbook page on Hugo (Docsy)
 * with sidebar, TOC and an info alert, a staff wiki page on MediaWiki 1.41 (Vector 2022) with a wikitable, a tutor recruitment
 * page on Webflow with feature cards and an application form, and a retired teacher's tuition page in an old FrontPage table
 * layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or excerpt under the h1 (Ghost excerpt, Docsy lead, Webflow hero
 * paragraph) is body, a small label above the h1 (Webflow "Careers") furniture; list items inside the article are body, one
 * entry each, and a list item starting with a bold label keeps the label in its text; a callout inside a docs page (the Docsy
 * "Tip:" alert) is one body entry; a table data row is one body entry, its cells' texts joined with " | ", and header cells
 * are in neither list; feature-card titles inside a landing page's content (Webflow) are headings and their texts body; the
 * bold one-line section titles of the table-layout page are headings and its title in a big bold font the title, with its
 * closing e-mail address body; a wiki's "See also" list is body; on a rates page, the subjects and rates lists are body, while
 * page sections after the article's content (Squarespace testimonial quotes and their attributions) and buttons inside it
 * (Book your free call, Download the full policy, HubSpot CTA) are furniture; comments under a post and reviews on a tutor
 * profile are furniture, their authors' names and dates bylines, like the post's own "By" / author name / date / reading
 * time ("• 4 min read") and "Last reviewed" / "Last modified" / "last edited" / "Page last updated" lines; on a tutor's
 * profile the tutor's display name above the h1 is a byline, badges, rating, price and booking card furniture; on the
 * Discourse thread every post is body, usernames and the short dates shown (Mar 4, Mar 5) bylines, the category, tags,
 * reply / view counts, timeline and suggested topics furniture; texts in menus, breadcrumbs, TOCs or footers that equal the
 * title, a heading, a body entry or a word of the body (Home, About, Subjects, Contact, Email, Safeguarding, Tutor app,
 * Lesson notes, Northfold Learning, Ashcombe) are left out of furniture; form labels and button labels are furniture, but
 * Webflow's form success and failure messages, hidden by the site's stylesheet, are in neither list, and so are MediaWiki's
 * "[" "]" edit-section brackets (they have no words); the Wix "top of page" anchor text and the hit-counter sentence (its
 * image left out) are furniture.
 */
export const HELDOUT590_PAGES: readonly TestPage[] = [
  ...HELDOUT590_A,
  ...HELDOUT590_A2,
  ...HELDOUT590_B,
  ...HELDOUT590_C,
  ...HELDOUT590_D,
  ...HELDOUT590_E,
  ...HELDOUT590_F,
];
