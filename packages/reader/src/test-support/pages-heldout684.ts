import type { TestPage } from './page-kit.js';
import { HELDOUT684_A } from './pages-heldout684-a.js';
import { HELDOUT684_A2 } from './pages-heldout684-a2.js';
import { HELDOUT684_B } from './pages-heldout684-b.js';
import { HELDOUT684_C } from './pages-heldout684-c.js';
import { HELDOUT684_D } from './pages-heldout684-d.js';
import { HELDOUT684_D2 } from './pages-heldout684-d2.js';
import { HELDOUT684_E } from './pages-heldout684-e.js';
import { HELDOUT684_E2 } from './pages-heldout684-e2.js';
import { HELDOUT684_F } from './pages-heldout684-f.js';

/**
 * Held-out batch 684, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a removal firm's quote guide on
 * WordPress (Astra with an Elementor Pro theme-builder single template, table of contents widget, share buttons, post navigation,
 * related posts and a comment), a packing supplies shop's "how many boxes" blog article on Shopify (Dawn) with a box count table
 * and a featured product collection, a skip hire firm's skip sizes page built with Wix, a removal firm's FAQ page on Squarespace
 * 7.1 with accordion blocks, a self-storage firm's unit sizes page on Webflow with a CMS list of unit cards, a council's skip
 * permit FAQ on LocalGov Drupal with a fee table and a related links sidebar, a national removal firm's long-distance moving
 * checklist on the HubSpot CMS blog with an image CTA, author bio and subscribe form, a storage newsletter's article on Ghost
 * (Casper) with a callout card and a bookmark card, a DIY forum thread on Discourse about a skip permit with an accepted answer
 * and suggested topics, a self-storage help centre article on Zendesk Guide (Copenhagen), a skip hire comparison site's price
 * guide on Next.js (pages router, Tailwind) with a price table, postcode widget and table of contents rail, and a family removal
 * firm's overseas removals page in an old table layout with font tags, a marquee and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or summary under the h1 is body, while an eyebrow or kicker label above
 * it ("Self storage in Harlow Vale", "Price guide") and a category or tag label are furniture; table data rows are body, one
 * entry a row with the cells joined by a space, and table header cells are in no list (except the header row of the Discourse
 * suggested topics table, which is outside the article and furniture); FAQ questions (Squarespace accordion titles, the
 * council's h2 questions) are headings and their answers body, including answers in collapsed accordions that are in the DOM
 * without a hidden attribute; unit cards and skip size sections are part of the article: their titles are headings and their
 * dimension line, description and "From £..." price line are body, while their "Book This Skip" / "Check prices" buttons and
 * a "Most popular" badge are furniture; call-to-action buttons, postcode widgets and callout boxes that sell a service inside
 * the article ("Book a video survey", "Shop our ready-made moving kits →", "Report a dangerous skip", the HubSpot image CTA)
 * are furniture, but a plain sentence of the article inviting the reader to call (the table-layout page's last paragraph) is
 * body, and a Ghost callout card with article text is body; a Ghost bookmark card is furniture like a related link; a help
 * article's "To switch ...:" lead-in line is body; on the table-layout page the bold lines in larger font are headings and
 * each <br><br>-separated block is a body entry; on the Discourse thread every post's paragraphs are body, full names,
 * usernames and post dates are bylines, and the accepted-answer quote box on the first post ("Solved by ...") is furniture,
 * its excerpt left out as part of the body; dates of related or suggested items (Ghost post cards, Discourse suggested
 * topics) are furniture, not bylines; reading times ("9 min read", "5 min read") are furniture; "Updated" labels and "Page
 * last updated" / "Last updated" lines are bylines; skip links are furniture, but other screen-reader-only texts
 * (visually-hidden, sr-only, show-for-sr labels) are in no list; figure captions and photo credits are furniture; a
 * comment's author and date under a blog post are furniture, as comments are; a table of contents repeating the headings
 * is left out as part of the headings, its "Contents" / "On this page" label furniture; emoji images are in no list.
 */
export const HELDOUT684_PAGES: readonly TestPage[] = [
  ...HELDOUT684_A,
  ...HELDOUT684_A2,
  ...HELDOUT684_B,
  ...HELDOUT684_C,
  ...HELDOUT684_D,
  ...HELDOUT684_D2,
  ...HELDOUT684_E,
  ...HELDOUT684_E2,
  ...HELDOUT684_F,
];
