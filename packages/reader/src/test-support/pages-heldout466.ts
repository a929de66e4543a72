import type { TestPage } from './page-kit.js';
import { HELDOUT466_A } from './pages-heldout466-a.js';
import { HELDOUT466_B } from './pages-heldout466-b.js';
import { HELDOUT466_B2 } from './pages-heldout466-b2.js';
import { HELDOUT466_C } from './pages-heldout466-c.js';
import { HELDOUT466_D } from './pages-heldout466-d.js';
import { HELDOUT466_E } from './pages-heldout466-e.js';
import { HELDOUT466_F } from './pages-heldout466-f.js';

/**
 * Held-out batch 466, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a SaaS scheduling company's privacy
 * policy on Webflow (legal side menu, Finsweet cookie banner, CTA section), a note-taking app's EULA on a Next.js App Router site
 * (Tailwind prose, lead line under the h1), a brewery's cookie policy on WordPress (GeneratePress) with the Cookiebot cookie
 * declaration and its tables rendered in the page and a widget sidebar, a university accessibility statement on Drupal 10 with an
 * "On this page" list and h2 / h3 sections, an open-source project's MIT licence page on Hugo (Docsy: doc sidebar, page-meta
 * links, TOC, "Last modified" line), a data processing addendum on HubSpot CMS (drag-and-drop rich-text modules, a request form,
 * the HubSpot cookie banner), a federal data service's website terms on a USWDS site (gov banner, side navigation, identifier),
 * a pottery studio's short privacy policy on Squarespace 7.1 (footer newsletter block, cookie banner), an audio plug-in shop's
 * EULA as a Shopify page (Dawn: announcement bar, footer menus, newsletter, policy links), a community theatre's accessibility
 * statement on Wix (rich-text elements, free-site Wix banner), a local newsletter's privacy page on Ghost (Casper, members
 * sign-in and subscribe), and a language school's cookie policy on WordPress with Elementor (Elementor Pro header and footer,
 * CookieYes banner and audit tables).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: "Last updated", "Effective", "Last revised", "Version ... effective", "Page last
 * reviewed / updated" and "Last modified" lines of a legal page are bylines, as is a consent tool's "Cookie declaration last
 * updated on ... by Cookiebot" line, while a date inside a body sentence ("This statement was prepared on ...") stays body; a
 * lead or intro line under the h1 is body; a legal page's numbered section titles are headings when they are h2-h6, while a
 * consent tool's category label written as a bold paragraph (Cookiebot's "Necessary (2)") is a body entry and CookieYes's h3
 * category names are headings; a cookie table's data row is one body entry, its cells joined with spaces, header cells in
 * neither list; the consent tool's state line ("Your current state ... Consent date ...") and its change / withdraw links, a
 * "Cookie Settings" button in the article and an "On this page" list or TOC are furniture; definitions written as paragraphs
 * with a bold term are one body entry each; a contact line at the end of the article ("Questions? Write to ...") is body;
 * visually hidden texts (screen-reader labels such as "Search", "Menu", "Cart", "Main navigation", Wix's "top of page") are
 * furniture, texts under `hidden` or display:none (Cookiebot's closed dialog, the gov banner's accordion, Squarespace's form
 * thank-you, the "Open Menu" title) are in no list; a form's labels and a button's text are furniture, placeholders not;
 * furniture and byline texts that are also part of the title, a heading or a body entry (whole words, as the page helper
 * of the kit filters them) are left out.
 */
export const HELDOUT466_PAGES: readonly TestPage[] = [
  ...HELDOUT466_A,
  ...HELDOUT466_B,
  ...HELDOUT466_B2,
  ...HELDOUT466_C,
  ...HELDOUT466_D,
  ...HELDOUT466_E,
  ...HELDOUT466_F,
];
