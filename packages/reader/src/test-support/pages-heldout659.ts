import type { TestPage } from './page-kit.js';
import { HELDOUT659_A } from './pages-heldout659-a.js';
import { HELDOUT659_B } from './pages-heldout659-b.js';
import { HELDOUT659_C } from './pages-heldout659-c.js';
import { HELDOUT659_D } from './pages-heldout659-d.js';
import { HELDOUT659_E } from './pages-heldout659-e.js';
import { HELDOUT659_F } from './pages-heldout659-f.js';

/**
 * Held-out batch 659, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a will writer's fixed-fee pricing
 * page on WordPress with Elementor (price-table widgets, testimonial, call-to-action, Complianz cookie banner), a wedding
 * celebrant's ceremony planning guide on Squarespace 7.1 (announcement bar, image caption, newsletter footer), a probate
 * service's FAQ page built with Wix (FAQ app, consent banner), a probate firm's blog post on intestacy on WordPress with the
 * Astra theme (sidebar, post navigation, comments), a funeral celebrant's eulogy-writing post on Ghost (Casper, members
 * sign-up box, "Read more" cards), an online will service's "How it works" page on Webflow (steps grid, rich text, testimonial
 * slider), a probate thread on a bereavement forum running Discourse, a will writers' guild code of practice page on Hugo
 * (Ananke theme, table of contents aside), a naming ceremony article on a celebrants' wiki on MediaWiki (Vector 2022, with a
 * table), a help-centre article of an online probate service on Intercom Articles (Next.js), a will-kit shop's journal
 * article on Shopify (Dawn theme), and a country solicitor's probate fees page in an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a pricing card's plan name is a heading and its price line ("£195 per person") and
 * feature items are body, its "Book now" button furniture; an FAQ's questions are headings and answers body, also where the
 * question sits in an accordion button; a dek, standfirst or lead under the h1 (Squarespace, Ghost, Webflow, Intercom) is
 * body; a section eyebrow or kicker above the h1 ("HOW IT WORKS", "CODE", Ghost's tag and "Featured") is furniture, or left
 * out where it repeats a word of the title; a table data row is one body entry, its cells joined by spaces, and table header
 * cells are in no list; bare numbers (step badges, table-of-contents numbers, reply counts) are in no list; testimonials and
 * call-to-action boxes are furniture, also the CTA box inside the Astra entry content; comments under a blog post are
 * furniture, while their authors' names and dates are bylines (a comment author whose name is in the body is left out); on
 * the forum thread every post is body and each user name and post date is a byline; a wiki's "See also" heading and links,
 * its site notice, "From CelebrantWiki", "[edit]" links and categories are furniture, and its "last edited" line a byline;
 * Ghost's reading time and Intercom's "Updated over a week ago" follow the usual rules (reading time furniture, updated line
 * byline); visually hidden texts that real readers' screen readers announce (skip links, Wix's "top of page" / "bottom of
 * page", Dawn's "Log in" and "Cart") are furniture like skip links, while elements with `hidden` or `display:none` are in no
 * list; a product card's name and price in a shop rail are furniture; reaction emoji are furniture; a text that equals a
 * word or words of the title, a heading or a body entry (menu items such as "Fees", "Wills", "Probate", "Code") is left out.
 */
export const HELDOUT659_PAGES: readonly TestPage[] = [...HELDOUT659_A, ...HELDOUT659_B, ...HELDOUT659_C, ...HELDOUT659_D, ...HELDOUT659_E, ...HELDOUT659_F];
