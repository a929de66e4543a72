import type { TestPage } from './page-kit.js';
import { HELDOUT505_A } from './pages-heldout505-a.js';
import { HELDOUT505_B } from './pages-heldout505-b.js';
import { HELDOUT505_C } from './pages-heldout505-c.js';
import { HELDOUT505_D } from './pages-heldout505-d.js';
import { HELDOUT505_E } from './pages-heldout505-e.js';
import { HELDOUT505_F } from './pages-heldout505-f.js';

/**
 * Held-out batch 505, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a credit union's auto loan product
 * page on WordPress with the Divi theme, a community credit union's certificate rates tables on Drupal 10 (Bootstrap Barrio), a
 * savings bank's short branch relocation notice on Squarespace 7.1, a credit union's member newsletter as a Mailchimp campaign
 * archive page, a teachers' credit union's fraud warning on the HubSpot CMS blog, a community bank's home loan page on Wix, a
 * credit union's annual meeting notice on Webflow, a credit union's lost-card help article in a Zendesk Guide help center
 * (Copenhagen), a county credit union's scholarship page built with Elementor (Hello Elementor), a community bank's press
 * release on Next.js, a state bank's fee schedule on an old ASP.NET WebForms table layout, and a credit union CEO's letter on
 * Ghost (Casper).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary or excerpt under the h1 is body; a table data row is one body entry,
 * its cells' texts joined by a space, and table header rows are in neither list; rate disclosures, footnotes and "Rates
 * effective ..." lines inside the article (under a rate or fee table) are body, while the site-wide NCUA / FDIC / Equal Housing
 * lines in footers are furniture; product feature blurbs inside the page content (Divi blurbs) have their titles as headings and
 * their texts as body; collapsed FAQ toggles (Divi) are read expanded: the question is a heading, the answer body; call-to-action
 * bands and contact boxes inside the page ("Ready to get started?", the Wix loan officer card, the Elementor "Questions about the
 * scholarship?" box, the press release's media contact) and all buttons are furniture; a signature under a newsletter or notice
 * (the CEO sign-off, the board secretary's name and title) is a byline; the Zendesk "Updated" label and the Ghost reading time are
 * bylines; a press release's "About" boilerplate is body with its heading; the old table layout's bold section labels above each
 * fee table are headings; screen-reader-only texts that are in the page (skip links, "Main navigation", "Breadcrumb", Wix's "top
 * of page") are furniture, while texts hidden with `hidden`, `aria-hidden` or `display:none` (the Mailchimp preview text, the
 * Elementor dropdown menu copy, the Webflow form's success and failure messages, hidden by the platform's stylesheet) are in no
 * list; form placeholders and input values are in no list, form labels are furniture; menu, breadcrumb and tag texts that also
 * occur as words of the title, a heading or a body entry (Auto Loans, Rates, About, Home, Business, Personal, Mortgage,
 * Community, Checking, Savings, Fees, Cards, No) are left out of furniture.
 */
export const HELDOUT505_PAGES: readonly TestPage[] = [...HELDOUT505_A, ...HELDOUT505_B, ...HELDOUT505_C, ...HELDOUT505_D, ...HELDOUT505_E, ...HELDOUT505_F];
