import type { TestPage } from './page-kit.js';
import { HELDOUT546_A } from './pages-heldout546-a.js';
import { HELDOUT546_A2 } from './pages-heldout546-a2.js';
import { HELDOUT546_B } from './pages-heldout546-b.js';
import { HELDOUT546_C } from './pages-heldout546-c.js';
import { HELDOUT546_D } from './pages-heldout546-d.js';
import { HELDOUT546_E } from './pages-heldout546-e.js';
import { HELDOUT546_F } from './pages-heldout546-f.js';

/**
 * Held-out batch 546, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a private investigation agency's
 * services and fees page built with Elementor (Hello theme, Elementor Pro header and footer, icon boxes, a fee table, a
 * testimonial and a call-to-action box), a process server's what-to-expect blog post on Squarespace 7.1 with tags, prev / next
 * pagination and a newsletter footer, a notary's apostille page on Wix with the free-plan Wix banner, a mobile notary's loan
 * signing guide on Webflow with a figure, a blockquote and a booking form, a state Secretary of State's notary fees and
 * journal page on Drupal with USWDS (gov banner, alert, fee table, side navigation), a private investigator's skip tracing post
 * on Ghost (Casper) with a callout card and read-more cards, a process serving rates page on Shopify (Dawn), a legal wiki
 * article on substituted service on MediaWiki (Vector 2022) with references, a Discourse thread on papers left with a roommate,
 * a notary company's news post on remote notarization on HubSpot CMS, an old detective agency's rates page in a FrontPage
 * table layout with a hit counter, and a translation and notary office's certification guide on Hugo (Ananke).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Elementor text widget, USWDS usa-intro,
 * Webflow guide summary, Ghost article-excerpt) is body; a fee table's data row is one body entry, its cells' texts joined with
 * a space, the header row of a table inside the article in neither list and a table's caption furniture, like a figure
 * caption; icon-box and service titles in the article are headings, their descriptions body; a price list written as list
 * items is body, one item an entry; call-to-action boxes and buttons inside or below the article (Elementor CTA and button,
 * Wix "Start My Apostille", the USWDS complaint button, Ghost's callout card, Shopify's "Order a serve now" link, the table
 * page's "CALL FOR A FREE CONSULTATION" line) are furniture, as are testimonials, booking and newsletter forms' labels and
 * headings, while form control values and placeholders are in no list; an alert box inside the article (USWDS) is body and its
 * heading a heading; a Webflow h4 inside the rich text is a heading; a blockquote pull quote inside the article is body; a
 * blog's category or eyebrow label above the title (Squarespace, Ghost, Hugo "Guides", Webflow "Guides") and its tags are
 * furniture; reading time is furniture; dates on read-more cards are bylines; "Written By" with the author and "By ..."
 * lines are one byline each; a page with no h1 (the table layout's bold font title) still has that text as its title; on the
 * wiki, the hatnote, "From ...", edit links, the table of contents, the "See also" section (heading and links) and categories
 * are furniture, footnote markers stay in the paragraphs as shown ("[1]"), the reference notes are body without their "^"
 * backlink and the "References" heading a heading, and "This page was last edited on ..." is a byline; on the forum thread
 * every post's paragraphs are body, user names and post dates bylines, like counts, Reply buttons, the timeline, category,
 * tag and suggested topics furniture, and the thread has no headings; text hidden by the platform's own markup or
 * stylesheet (Webflow's w-form-done / w-form-fail messages, Squarespace's "hidden" form submission text, MediaWiki's print-only
 * "Retrieved from" footer, the USWDS banner's collapsed content, noscript text, Elementor's aria-hidden dropdown menu copy) is
 * in no list, while screen-reader-only labels (Wix's "top of page", Shopify's "Log in", "Cart" and "Payment methods") are
 * furniture; wordless separators ("|", "·", "^", "*") are in no list.
 */
export const HELDOUT546_PAGES: readonly TestPage[] = [
  ...HELDOUT546_A,
  ...HELDOUT546_A2,
  ...HELDOUT546_B,
  ...HELDOUT546_C,
  ...HELDOUT546_D,
  ...HELDOUT546_E,
  ...HELDOUT546_F,
];
