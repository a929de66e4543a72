import type { TestPage } from './page-kit.js';
import { HELDOUT484_A } from './pages-heldout484-a.js';
import { HELDOUT484_A2 } from './pages-heldout484-a2.js';
import { HELDOUT484_B } from './pages-heldout484-b.js';
import { HELDOUT484_C } from './pages-heldout484-c.js';
import { HELDOUT484_D } from './pages-heldout484-d.js';
import { HELDOUT484_E } from './pages-heldout484-e.js';
import { HELDOUT484_F } from './pages-heldout484-f.js';

/**
 * Held-out batch 484, written in session 38 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a clinic's services page built with
 * Elementor (Hello Elementor theme, Complianz cookie banner, testimonial and call-to-action sections), a vet's advice article on
 * cats drinking more on WordPress with GeneratePress (sidebar widgets, author box, comments and reply form), a pet insurer's claim
 * guide on Next.js (CSS-module classes, app banner, FAQ in details elements, contact card, OneTrust banner, __NEXT_DATA__), a
 * clinic blog post on a puppy's first visit on Squarespace 7.1 (announcement bar, image caption, newsletter block, author profile,
 * previous / next links), a small clinic's emergency-hours page built with Wix (free-plan ad bar, call button), a heatstroke
 * health topic on a university veterinary teaching hospital's Drupal 10 site (alert banner, reviewed-by line, section menu), a
 * pet owners' forum thread on Discourse with a vet's answer (topic map, like counts, suggested topics), a veterinary group's blog
 * post on HubSpot CMS (image-only CTA, subscribe form, related posts, HubSpot cookie banner), a telehealth start-up's article on
 * Webflow (CMS collection page, CTA section, more-articles cards, newsletter form), a pet shop's tooth-brushing guide on Shopify
 * (Dawn theme, share button, product cards, country selector), an exotic-pet vet's newsletter post on Ghost (Casper theme,
 * member sign-up, read-more cards), and a pet health wiki article on MediaWiki (Vector 2022 skin, infobox, references).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or summary under the h1 is body; a services page's card titles (h3)
 * are headings and their descriptions body; testimonials and call-to-action boxes (with their h2) inside the page content are
 * furniture, but a tip callout inside the article text is body; a quoted statement or blockquote is body; FAQ questions shown as
 * details summaries are headings and their answers body (a closed details element counts as shown, so the Shopify share
 * fallback's texts are furniture); opening-hours lines and warning-sign lists in the article are body, clinic addresses and hours
 * in footers furniture; reviewed-by lines, "Last reviewed" / "Last updated" lines and a wiki's "last edited" footer line are
 * bylines; on comments under an article the commenters' names and dates are bylines and the comment texts, reply links and
 * comment form labels furniture; in the forum thread every post is body, user names and post dates bylines, the user title
 * (Veterinarian), like counts, tags and topic-map numbers and labels furniture, and the suggested-topics table's cells (header
 * cells included) furniture; reading times, category labels above a title, image captions, product names and prices, and
 * author bios are furniture; visually hidden texts (skip links, screen-reader labels such as "Categories ", "Regular price",
 * "top of page") are furniture, while texts hidden by the `hidden` attribute, inline display:none or the platform's own
 * stylesheet classes (Webflow's w-form-done / w-form-fail messages, Dawn's `hidden` share button and close button, MediaWiki's
 * printfooter and TOC numbers) are in no list; form control values and placeholders (Subscribe, Post Comment, Search inputs)
 * are in no list; the wiki infobox (labels and values), its References heading and reference texts are furniture, its inline
 * citation markers stay in the body paragraphs as shown ([1]), and marks without words (edit-link brackets, "^", "·", "•")
 * are in no list; the Ghost post's closing "Next month" teaser is body; furniture and bylines leave out, by the kit's `page`,
 * any text that also occurs as whole words in the title, a heading or a body entry.
 */
export const HELDOUT484_PAGES: readonly TestPage[] = [
  ...HELDOUT484_A,
  ...HELDOUT484_A2,
  ...HELDOUT484_B,
  ...HELDOUT484_C,
  ...HELDOUT484_D,
  ...HELDOUT484_E,
  ...HELDOUT484_F,
];
