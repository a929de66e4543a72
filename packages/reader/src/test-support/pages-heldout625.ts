import type { TestPage } from './page-kit.js';
import { HELDOUT625_A } from './pages-heldout625-a.js';
import { HELDOUT625_B } from './pages-heldout625-b.js';
import { HELDOUT625_C } from './pages-heldout625-c.js';
import { HELDOUT625_D } from './pages-heldout625-d.js';
import { HELDOUT625_D2 } from './pages-heldout625-d2.js';
import { HELDOUT625_E } from './pages-heldout625-e.js';
import { HELDOUT625_E2 } from './pages-heldout625-e2.js';
import { HELDOUT625_F } from './pages-heldout625-f.js';

/**
 * Held-out batch 625, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Pink Oyster grow kit instructions page
 * on Shopify (Dawn), a foraging walk booking page made with The Events Calendar and Event Tickets on WordPress (Astra), a late
 * September finds post on a Squarespace 7.1 blog, a foraging courses listing built with Wix, a monthly "what's fruiting" post on
 * Ghost (Casper), a lion's mane cultivation log on Hugo (PaperMod) with a results table and a code block, a shiitake contamination
 * thread on Discourse (its crawler view), a wine cap bed page on a MediaWiki wiki (Vector 2022) with an infobox, a mushroom farm's
 * news story on Next.js (App Router, Tailwind), a foraging school's lookalikes guide on Webflow (CMS template), a mycological
 * society's foray programme on Drupal 10 (Olivero) with a comment, and a course leader's courses page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 (Ghost's excerpt, Hugo's post description, the Next.js
 * standfirst) is body; a callout or warning box inside the article text (Ghost's callout card, the Squarespace blockquote) is body;
 * table data rows are body, one entry a row with its cells joined by spaces, and table header cells are in neither list; code
 * blocks are in neither list; on the event page the schedule line under the h1 and the date and time rows of the Details box
 * (with their "Date:" / "Time:" labels) are bylines, while its cost, category, tags, organiser, venue, ticket form, calendar
 * links and previous / next event links are furniture; in the Wix course listing each course's name is a heading and its
 * dates-and-price line and description are body, its Book Now button furniture; the wiki infobox (title, labels and values), the
 * "[edit]" links, the sidebar contents and "From GrowersWiki" are furniture, and the "last edited" line is a byline; on the
 * forum thread every post is body and each poster's user name, full name in brackets and post time are bylines, while post
 * numbers, like counts and the related topics table (titles, counts and activity months) are furniture; a comment under the
 * Drupal news item, its author and its time are furniture; reading times ("4 min read", "6 min") are furniture; "Written by" and
 * "Updated" labels next to a name and date are bylines; the contact line (phone and e-mail) at the end of the old course page's
 * text is body, its hit counter label, menu and copyright furniture; the grow kit's "Still stuck?" box below the page text is
 * furniture; visually-hidden text (skip links, screen-reader labels such as Log in, Cart, 1 item, Email address, Breadcrumb) is
 * furniture like other visible text, while elements hidden by the hidden attribute, aria-hidden or a builder's default-hidden class
 * (Webflow's w-form-done and w-form-fail messages) and the values of form inputs are in neither list; texts that also occur in the
 * title, a heading or the body (a menu item equal to a word of the body, such as Walks, About or Courses) are left out of
 * furniture and bylines by the batch's `settle` helper.
 */
export const HELDOUT625_PAGES: readonly TestPage[] = [
  ...HELDOUT625_A,
  ...HELDOUT625_B,
  ...HELDOUT625_C,
  ...HELDOUT625_D,
  ...HELDOUT625_D2,
  ...HELDOUT625_E,
  ...HELDOUT625_E2,
  ...HELDOUT625_F,
];
