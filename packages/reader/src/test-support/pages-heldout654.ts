import type { TestPage } from './page-kit.js';
import { HELDOUT654_A } from './pages-heldout654-a.js';
import { HELDOUT654_B } from './pages-heldout654-b.js';
import { HELDOUT654_C } from './pages-heldout654-c.js';
import { HELDOUT654_D } from './pages-heldout654-d.js';
import { HELDOUT654_E } from './pages-heldout654-e.js';
import { HELDOUT654_E2 } from './pages-heldout654-e2.js';
import { HELDOUT654_F } from './pages-heldout654-f.js';

/**
 * Held-out batch 654, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a donkey sanctuary's winter hay
 * appeal built with Divi (WordPress, GiveWP form, number counter); a hedgehog rescue's patient profile in a Squarespace 7.1 blog
 * with a patient card and a newsletter footer; a wildlife rescue's volunteering page on Wix with a Wix Forms sign-up; a donkey
 * adoption pack sold as a Shopify (Dawn) product; a wildlife hospital's news item on Drupal 10 (Olivero) with tags and
 * comments; a barn owl release story on Ghost (Casper) with members sign-up and read-more cards; a long baby-bird advice page on
 * Webflow with a helpline sidebar; a Discourse forum topic on a fox with mange, crawler view with related topics; a long donkey
 * rescue story on WordPress with Elementor Pro (Hello theme, share buttons, posts widget, Complianz banner); a rehabilitators'
 * wiki article on MediaWiki (Vector 2022) with infobox, sidebar contents and references; a small sanctuary's visiting page in
 * an old table layout with an opening-times table and a hit counter; and an oiled-seabird emergency appeal on a Next.js site
 * (Tailwind, Cookiebot).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; an animal's fact box (the
 * Squarespace patient card) and a wiki infobox are furniture, and so are their headings; an appeal's list of what gifts buy
 * inside the article text and a quoted testimonial there are body, while donation widgets (amount buttons, Gift Aid box,
 * "raised of target" counter, give-by-post box) and in-article call-to-action boxes and buttons are furniture; a product page's
 * description and its collapsible tabs are body, the tab titles headings, while vendor, price, tax note, variant options,
 * quantity and cart buttons are furniture; a form's questions and labels (volunteer form, comment form, newsletter) are
 * furniture; a paragraph that is only a link to another page ("Read our full advice on swans", "How to find us: click here for
 * a map") is furniture; table data rows inside the article are body, one entry a row with its cells joined by a space; comments
 * under an article are furniture, their author names and dates included; on the forum topic every post is body, user names
 * and post dates are bylines, like counts, post numbers, category, tags and the related topics table furniture; reading time
 * is furniture, a byline's team name ("Seabird unit") a byline, a "Reviewed by ... March 2026" line and a wiki's "last edited"
 * line bylines; wiki references are body under a "References" heading, the "edit" section links, "From RehabWiki", the
 * contents list and the "Retrieved from" line furniture, while edit-link brackets and citation backlink carets are in no list;
 * text hidden only by a stylesheet class (visually-hidden and sr-only labels, the wiki print footer) is treated as visible
 * furniture, text in elements with `hidden` or `aria-hidden` is in no list; a menu item or breadcrumb equal to a word of the
 * title ("Volunteer", "Visiting") is left out.
 */
export const HELDOUT654_PAGES: readonly TestPage[] = [
  ...HELDOUT654_A,
  ...HELDOUT654_B,
  ...HELDOUT654_C,
  ...HELDOUT654_D,
  ...HELDOUT654_E,
  ...HELDOUT654_E2,
  ...HELDOUT654_F,
];
