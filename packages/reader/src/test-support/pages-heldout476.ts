import type { TestPage } from './page-kit.js';
import { HELDOUT476_A } from './pages-heldout476-a.js';
import { HELDOUT476_B } from './pages-heldout476-b.js';
import { HELDOUT476_C } from './pages-heldout476-c.js';
import { HELDOUT476_D } from './pages-heldout476-d.js';
import { HELDOUT476_E } from './pages-heldout476-e.js';
import { HELDOUT476_F } from './pages-heldout476-f.js';

/**
 * Held-out batch 476, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a washing machine FAQ article on a
 * Zendesk Guide help center (Copenhagen theme), an earbuds support hub with a Radix FAQ accordion on Next.js, a dishwasher
 * troubleshooting Knowledge article on Salesforce Experience Cloud (Aura), an espresso machine troubleshooting page on a
 * MediaWiki repair wiki (Vector 2022) with an infobox, a kitchen appliance warranty page with a coverage table on Shopify
 * (Dawn), a short ceiling fan warranty page on Squarespace 7.1, a radiator recall notice in a brand newsroom on Drupal 10
 * (Olivero), a power bank safety notice on WordPress (Astra, Gutenberg, share buttons, comment form), a stand mixer spare
 * parts category listing on Magento 2 (Luma), a robot vacuum community thread in Discourse's crawler view, a smart TV
 * community thread with an accepted solution on Khoros, and a cooker hood how-to video page with chapters and a transcript
 * on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 is body; FAQ questions are headings (an h3, or the
 * h3 around a Radix accordion button) and their answers body, also when the accordion is marked data-state="closed" without
 * a hidden attribute; Salesforce Knowledge field labels (Summary, Symptoms, Cause, Resolution, Applies To) are headings and
 * their values body, while the Article Number label and value are furniture and "Last Published Date" with its date are
 * bylines; a wiki infobox (label and value cells, its caption) is furniture, its "See also" links body; a table data row is
 * one body entry, its cells joined with single spaces, and header cells are in no list; a link that closes the article
 * text ("Check your serial number", "Register a product" inside its paragraph) is body; a product listing's item names
 * (with their part numbers) and prices are body entries one each, its toolbar, sorter, filters and cart / wish list /
 * compare buttons furniture; on forum threads every post is body, user names and post dates and times are bylines (each
 * once), user ranks, kudos / like counts, "Solution" badges, "Solved! Go to Solution.", reply buttons, tags, category
 * badges and the related topics table (titles, counts, activity) furniture; a video page's chapter list (with its
 * timestamps), "What you need" list and transcript are body and their h2s headings, the video's duration / "Updated" line
 * a byline and the player in no list; visually hidden texts that a screen reader reads (skip links, "Log in" / "Cart" icon
 * labels, Drupal's "Main navigation" and "Breadcrumb" headings) are furniture, while aria-label and alt texts are in no list;
 * a WordPress warning box at the top of the post body is body, an image caption furniture; Zendesk's "Updated" label and
 * relative date are bylines; Drupal's byline is the author name and the formatted date; a text that is part of the
 * title or a body entry (a menu item "Spare Parts", a tag "firmware", a filter "Model", a count "2") is left out of
 * furniture and the same text is listed once.
 */
export const HELDOUT476_PAGES: readonly TestPage[] = [...HELDOUT476_A, ...HELDOUT476_B, ...HELDOUT476_C, ...HELDOUT476_D, ...HELDOUT476_E, ...HELDOUT476_F];
