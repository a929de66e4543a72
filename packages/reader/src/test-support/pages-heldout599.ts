import type { TestPage } from './page-kit.js';
import { HELDOUT599_A } from './pages-heldout599-a.js';
import { HELDOUT599_A2 } from './pages-heldout599-a2.js';
import { HELDOUT599_B } from './pages-heldout599-b.js';
import { HELDOUT599_C } from './pages-heldout599-c.js';
import { HELDOUT599_D } from './pages-heldout599-d.js';
import { HELDOUT599_E } from './pages-heldout599-e.js';
import { HELDOUT599_F } from './pages-heldout599-f.js';

/**
 * Held-out batch 599, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a roofer's flat roof replacement
 * service page built with Elementor on Hello Elementor (with a Complianz banner hidden by its class), a storm damage advice post
 * on WordPress with GeneratePress, a sidebar and comments, a scaffold hire rates page built with Wix, a chimney repair blog post
 * on Squarespace 7.1 with an image caption, tags, share buttons and previous / next links, a Discourse topic on a trade forum
 * about a leaning chimney stack, a lead flashing service page on Webflow with an FAQ and a form, a how-to article on a roofing
 * supplies shop's Shopify blog (Dawn), a scaffold inspection page in a scaffolding firm's handbook built with Hugo and Docsy, a
 * MediaWiki (Vector 2022) article on chimney flaunching, a roof survey cost post on HubSpot CMS with a price table and a CTA, a
 * local news report on a scaffold firm's fine on a Next.js news site, and a chimney repairer's price page in an old FrontPage
 * table layout with font tags.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, lead or summary paragraph under the h1 is body; a service page's
 * section headings and FAQ questions are headings and the answers body, while its eyebrow label, call and quote buttons,
 * testimonials, guarantee boxes and CTA boxes are furniture; a CTA or shop link at the end of an article body (Shopify's "Shop
 * EPDM garage roof kits", HubSpot's CTA button, the GeneratePress emergency-line button) is furniture; table data rows are body,
 * one entry a row with the cells joined by spaces, header rows in neither list; a price list written as list items is body;
 * text hidden by the page's own markup or by the platform's stylesheet class (Complianz's `cmplz-hidden` banner, Webflow's
 * `w-form-done` / `w-form-fail` messages) is in neither list, while visually-hidden screen-reader labels (Search, Log in, Cart,
 * Categories, Comment, Name) are furniture; form labels and button texts are furniture, input values and placeholders in no
 * list; on the forum topic every post is body, user names and post dates are bylines (a user name also quoted in a post's text
 * is left out), like counts, reply counts, views and other bare numbers are in neither list, the timeline and suggested topics
 * (with their activity dates) are furniture; comment author names and texts under a blog post are furniture, comment dates
 * bylines; the Docsy warning box's text is body and its "Warning" label furniture, its "Last modified" line a byline and the
 * commit link after it furniture; the wiki's reference list is body (each note with its "^" backlink) under the "References"
 * heading, footnote markers stay in the paragraph text, the "[ edit ]" links, contents box and categories are furniture and
 * "This page was last edited" a byline; a news byline's role line ("Court Reporter") is a byline, the kicker ("Courts"), ad
 * labels, image caption and credit furniture; the old table page's bold title in a font tag is the title (there is no h1) and
 * its "Prices last updated" line a byline; texts equal to or contained in the title, a heading or a body entry are left out of
 * furniture and bylines.
 */
export const HELDOUT599_PAGES: readonly TestPage[] = [
  ...HELDOUT599_A,
  ...HELDOUT599_A2,
  ...HELDOUT599_B,
  ...HELDOUT599_C,
  ...HELDOUT599_D,
  ...HELDOUT599_E,
  ...HELDOUT599_F,
];
