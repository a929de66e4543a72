import type { TestPage } from './page-kit.js';
import { HELDOUT570_A } from './pages-heldout570-a.js';
import { HELDOUT570_B } from './pages-heldout570-b.js';
import { HELDOUT570_C } from './pages-heldout570-c.js';
import { HELDOUT570_D } from './pages-heldout570-d.js';
import { HELDOUT570_D2 } from './pages-heldout570-d2.js';
import { HELDOUT570_E } from './pages-heldout570-e.js';
import { HELDOUT570_F } from './pages-heldout570-f.js';

/**
 * Held-out batch 570, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an independent pharmacy's travel
 * clinic page on WordPress (Astra with Elementor sections, a vaccine price table and an opening-hours box), a chemist's flu jab
 * booking page on Squarespace 7.1 (fluid engine, with a booking form), a village pharmacy's repeat prescription explainer on
 * Wix, a pharmacist's hay fever post on Ghost (Casper, with members sign-up and read-more cards), a pharmacy chain's new branch
 * news post on HubSpot CMS (with related posts, subscribe form and cookie banner), an online chemist's antihistamine product
 * page on Shopify (Dawn), a community pharmacists' forum thread on Discourse (crawler view), a local history wiki page about an
 * old chemist's shop on MediaWiki (Vector 2022, with infobox and references), a chain's health hub article on a free blood
 * pressure check on Next.js (Tailwind, with a review line and related articles), an online pharmacy's emergency contraception
 * explainer on Webflow, a family chemist's ear wax removal page on a 2000s table layout, and a health centre pharmacy's stop
 * smoking service page on Joomla 4 (Cassiopeia).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a summary or dek under the h1 is body; a price or dose table's data rows are body,
 * one entry a row with its cells joined by a space, its header cells in neither list; call-to-action buttons and promo boxes
 * inside or beside the article ("Start your travel questionnaire", "Sign up now", "Find a store", "Start consultation") are
 * furniture; booking and sign-up forms are furniture (their legends, labels, questions, radio labels and submit buttons), option
 * values and placeholders in no list, the hidden thank-you message in no list; on a product page the description is the article
 * (body, its h3s headings) and the product h1 the title, while vendor, price, tax note, quantity, add-to-cart and share controls
 * are furniture; a pharmacist quote in a blockquote and a callout card at the end of a Ghost post are body; medical review
 * lines ("Medically reviewed by ...", "Last reviewed", "Next review due", Webflow's "Reviewed by our clinical team" card) and
 * Joomla's "Written by" / "Published" lines are bylines, while Joomla's "Details", "Category" and "Hits" lines are furniture;
 * on the forum thread every post's text is body, user names and post times bylines, like counts and the related-topics
 * table furniture; on the wiki page the infobox (label, data and caption) is furniture, the references list is body under the
 * "References" heading with the "[1]" markers kept in the paragraphs as shown, the "^" backlinks, "[edit]" links, table of
 * contents and categories are furniture, the "last edited" line a byline, and the printfooter ("Retrieved from ...", hidden only
 * by the skin's print stylesheet) furniture; visually hidden texts (screen-reader labels, skip links) are furniture, texts
 * in `hidden` elements or aria-hidden icons in no list; a bold price paragraph inside the article (the ear wax page) is body; the
 * hit counter's "You are visitor number" is furniture; a heading-less page has empty headings; every furniture or byline text
 * that is also part of the title, a heading or a body entry as whole words (a menu item "Prescriptions", the site name in a
 * byline) is left out, by `tidy` in the kit.
 */
export const HELDOUT570_PAGES: readonly TestPage[] = [
  ...HELDOUT570_A,
  ...HELDOUT570_B,
  ...HELDOUT570_C,
  ...HELDOUT570_D,
  ...HELDOUT570_D2,
  ...HELDOUT570_E,
  ...HELDOUT570_F,
];
