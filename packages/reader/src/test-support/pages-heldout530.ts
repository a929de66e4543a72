import type { TestPage } from './page-kit.js';
import { HELDOUT530_A } from './pages-heldout530-a.js';
import { HELDOUT530_B } from './pages-heldout530-b.js';
import { HELDOUT530_C } from './pages-heldout530-c.js';
import { HELDOUT530_D } from './pages-heldout530-d.js';
import { HELDOUT530_E } from './pages-heldout530-e.js';
import { HELDOUT530_F } from './pages-heldout530-f.js';

/**
 * Held-out batch 530, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a computer repair shop's price page
 * on WordPress (Hello Elementor, Elementor Pro, TablePress tables, a testimonial carousel and a CTA box), a managed IT support
 * plan page on HubSpot CMS (drag-and-drop modules, plan cards, an FAQ accordion and a lead form), a how-we-fix post on Ghost
 * (Casper, with a callout card, a captioned cover image, a subscribe box and read-more cards), an iPhone repair price page on
 * Shopify (Dawn, with a price table, a collapsible FAQ section and a product grid), a data recovery service page on
 * Squarespace 7.1 (page sections, an announcement bar, an image caption and a newsletter block), a phone shop's "how we fix"
 * page built with Wix (rich-text components in boxes, a consent banner), an IT company's security checklist post on Webflow
 * (w-richtext with a figure, related posts and a form with its hidden success and failure messages), a repair technicians'
 * thread on Discourse (crawler view, with likes, tags and related topics), a family computer shop's virus removal page in an
 * old FrontPage table layout, an IT support company's case study on Next.js (App Router, Tailwind, a stats strip and a CTA
 * aside), a technician's blog post on Hugo (PaperMod, with a table of contents, a code block, tags and post navigation), and a
 * battery replacement guide on a MediaWiki wiki (Vector 2022, with an infobox, edit links and categories).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a price table's data rows are body, one entry a row with its cells joined by a
 * space, and its header row is in neither list; a pricing card's plan name is a heading and its price, description and
 * feature items are body, its "Most popular" badge and button furniture; an FAQ (accordion or details / summary) on a service
 * page is part of the article, its section title and questions headings and its answers body, also when collapsed; a dek or
 * summary under the h1 is body; a callout card inside a post's text is body; a stats strip inside the article ("42 laptops
 * replaced") is body, one entry a stat with figure and label joined; a closing customer quote inside the article is body,
 * while testimonial carousels, CTA boxes ("Not sure what's wrong?", "Planning a rollout?"), lead and newsletter forms (their
 * headings, texts and labels) are furniture; the Wix step-number badges (01-04) and the MediaWiki TOC numbers are in neither
 * list; visually hidden texts (Shopify's "Log in", "Cart", "Regular price") and Webflow's form success / failure messages and
 * MediaWiki's print footer, hidden only by the site's stylesheet, are furniture; the post-meta line of a post (author, date,
 * reading time, and Hugo's single "date · 5 min · author" line) is bylines, while dates and reading times on read-more and
 * related cards are furniture; forum user names and post times are bylines and like counts, category badges, tags and the
 * related-topics table furniture; the MediaWiki infobox rows are furniture, its "last edited" line a byline; the old table
 * layout's "Site last updated" line is a byline and its phone / address strip and hit counter furniture; the category pill
 * and breadcrumb above an h1 and a kicker like "Case study · Device rollout" are furniture; menu items, breadcrumbs or
 * category names that repeat words of the title ("Data Recovery", "How We Fix", "Virus Removal", "Kestrel") are left out.
 */
export const HELDOUT530_PAGES: readonly TestPage[] = [...HELDOUT530_A, ...HELDOUT530_B, ...HELDOUT530_C, ...HELDOUT530_D, ...HELDOUT530_E, ...HELDOUT530_F];
