import type { TestPage } from './page-kit.js';
import { amlGuide } from './pages-heldout253-a.js';
import { norlandPension } from './pages-heldout253-a2.js';
import { openDoors } from './pages-heldout253-b.js';
import { tabstopBlog } from './pages-heldout253-b2.js';
import { lumenSupport } from './pages-heldout253-c.js';
import { hearthside } from './pages-heldout253-c2.js';
import { ableGadgets } from './pages-heldout253-d.js';
import { kitchenTable } from './pages-heldout253-d2.js';
import { clarraGuide } from './pages-heldout253-e.js';
import { signwise } from './pages-heldout253-e2.js';
import { easyRead } from './pages-heldout253-f.js';
import { ashgroveNews } from './pages-heldout253-f2.js';

/**
 * Held-out batch 253, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a members' association
 * retirement-planning guide on Adobe Experience Manager with member prompts, a government pension service page on the
 * Canada.ca web template (GCWeb), a disability charity's advice page on Drupal 10, an accessibility consultancy's blog post on
 * Ghost (Casper), a screen-reader vendor's support article on Zendesk Guide (Copenhagen), a care-at-home provider's services
 * page built with Wix, an assistive-technology review on WordPress (GeneratePress) with comments, a caregivers' forum thread on
 * Discourse, a hearing-aid retailer's buying guide on a Shopify blog (Dawn), a sign-language course page on Squarespace 7.1,
 * an easy-read HTML publication on GOV.UK, and a seniors' community centre newsletter as a Mailchimp campaign archive page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst / dek or excerpt under the h1 is furniture; table data cells are body,
 * table header cells in neither list and a table caption furniture; an "On this page" / "Contents" list whose entries repeat the
 * section headings is in neither list (its label is furniture); a department "From:" line, "Last reviewed", "Date modified",
 * "Updated" and a newsletter's issue-and-month line are bylines; names and dates of commenters under an article are bylines and
 * their comments furniture, while on the forum thread every post is body and a quote inside a reply is body (its
 * "name:" header a byline); testimonials and pull-out callouts (helpline box, sales callout, inline product card, "Read more"
 * promos, member prompts) are furniture, but a quotation set inside the article's prose is body; on the easy-read page each
 * short sentence is a body paragraph and the picture captions beside them are furniture; on the page-builder pages (Wix,
 * Squarespace) the text blocks of the article (h1, intro, service sections, steps, course details) are body and the
 * buttons, testimonial, form and contact blocks furniture; the Squarespace course page and the easy-read page are
 * deliberately short. One- and two-letter texts, bare small numbers and a one-word menu or breadcrumb text that also
 * occurs inside a body sentence ("Home" beside "Home Adaptation Grant") are left out.
 */
export const HELDOUT253_PAGES: readonly TestPage[] = [
  amlGuide,
  norlandPension,
  openDoors,
  tabstopBlog,
  lumenSupport,
  hearthside,
  ableGadgets,
  kitchenTable,
  clarraGuide,
  signwise,
  easyRead,
  ashgroveNews,
];
