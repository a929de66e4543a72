import type { TestPage } from './page-kit.js';
import { HELDOUT471_A } from './pages-heldout471-a.js';
import { HELDOUT471_A2 } from './pages-heldout471-a2.js';
import { HELDOUT471_B } from './pages-heldout471-b.js';
import { HELDOUT471_C } from './pages-heldout471-c.js';
import { HELDOUT471_C2 } from './pages-heldout471-c2.js';
import { HELDOUT471_D } from './pages-heldout471-d.js';
import { HELDOUT471_E } from './pages-heldout471-e.js';
import { HELDOUT471_F } from './pages-heldout471-f.js';

/**
 * Held-out batch 471, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a plumber's water-heater service
 * page on WordPress with Elementor (Hello theme, Pro header and footer), an electrician's 24/7 emergency call-out page built with
 * Wix, a plumbing and heating firm's service-area page on Squarespace 7.1, an electrical contractors' association find-a-member
 * listing on Drupal 10 (Olivero, a view with exposed filters and a pager), a long how-to post (winterizing outdoor faucets) on a
 * HubSpot CMS blog with comments, an electrician's customer review page on Webflow (a CMS collection list), a home-services
 * quote request page on Duda with its form, an electrician's how-to post (tripping breakers) on Ghost (Casper), an electrical
 * franchise's panel-upgrade service page on Next.js with Tailwind and a price table, a plumber's service-area page on WordPress
 * with Divi, a master plumbers' association member directory in an old fixed-width table layout, and a handyman's review page on
 * GoDaddy Website Builder (testimonials widget).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 (Wix, Next.js, Ghost excerpt, Webflow's rating line,
 * the GoDaddy testimonials subtitle) is body; on service pages the FAQ questions are headings and their answers body, also when
 * the answers sit in a collapsed accordion (Elementor toggle), and lists of signs, inclusions or towns inside the article are
 * body items; trust badges, icon lists in the hero, call buttons and phone-number CTAs, promo and coupon boxes, sidebars, a
 * testimonial carousel on a service page, Divi blurbs and promo modules, financing boxes and related-service cards are
 * furniture, while a paragraph of the article that gives a phone number (the Duda "Prefer to talk it through?" line, the
 * directory's change-of-listing note) is body; on review pages each review's text is body and each reviewer's name, place and
 * date are bylines, star glyphs and service tags furniture; in a card listing (Drupal view) each member's name is a heading and
 * its town, work types and member-since line are body, its "View profile" link furniture; in a directory table each data row is
 * one body entry (its cells joined with spaces), as are the rows of the Next.js price table, and header rows (th cells or bold
 * td cells) are in neither list; on a quote request page the intro, the "What happens next" steps and the phone paragraph are body
 * and the form's labels, select options and radio labels furniture (form control values, the Duda hidden success and error
 * messages and its hide="true" form title are in no list); a form's select option texts are furniture elsewhere too, except where
 * they repeat a body text; visually-hidden screen-reader texts (Drupal's "Breadcrumb", "Pagination", "Current page", the
 * Next.js "ZIP code" label, Wix's "top of page") are furniture, while text inside elements hidden by attribute or inline
 * style and Webflow's empty-state "No items found." (hidden by the platform's stylesheet) is in no list; a blockquote tip and
 * a Ghost callout card inside the post are body, the callout's emoji and Divi's icon-font glyphs in no list; image captions
 * inside a post (HubSpot's centred italic line, Ghost's figcaption, Squarespace's map caption) are furniture; the reading time
 * ("6 min read") and post tags are furniture, the author and date lines bylines; comments under the HubSpot post are
 * furniture, their commenters' names and dates bylines; the table layout's "Last updated:" footer line is a byline; nav items
 * whose text occurs inside a body entry or the title (Plumbing, Water Heaters, Emergency, Electrical, Reviews, Commercial, the
 * city options, the breadcrumb's current page) are left out of furniture.
 */
export const HELDOUT471_PAGES: readonly TestPage[] = [
  ...HELDOUT471_A,
  ...HELDOUT471_A2,
  ...HELDOUT471_B,
  ...HELDOUT471_C,
  ...HELDOUT471_C2,
  ...HELDOUT471_D,
  ...HELDOUT471_E,
  ...HELDOUT471_F,
];
