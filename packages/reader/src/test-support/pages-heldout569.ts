import type { TestPage } from './page-kit.js';
import { HELDOUT569_A } from './pages-heldout569-a.js';
import { HELDOUT569_A2 } from './pages-heldout569-a2.js';
import { HELDOUT569_B } from './pages-heldout569-b.js';
import { HELDOUT569_C } from './pages-heldout569-c.js';
import { HELDOUT569_C2 } from './pages-heldout569-c2.js';
import { HELDOUT569_D } from './pages-heldout569-d.js';
import { HELDOUT569_E } from './pages-heldout569-e.js';
import { HELDOUT569_E2 } from './pages-heldout569-e2.js';
import { HELDOUT569_F } from './pages-heldout569-f.js';

/**
 * Held-out batch 569, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a physiotherapy clinic's dry needling
 * treatment page built with Elementor on the Hello Elementor theme, a chiropractor's "Your First Visit" page on Squarespace 7.1,
 * an osteopath's "What We Treat" page on Wix, a physio group's plantar fasciitis explainer on the HubSpot CMS blog with a comment,
 * a sports physio's shockwave therapy page on Webflow with a div-built FAQ, a health board's knee replacement exercise leaflet on
 * Drupal 10 (long, with a sidebar), an osteopaths' desk back-ache journal post on Ghost (Casper), a physio chain's tennis elbow
 * condition page on Next.js with an "On this page" rail, a patient community's Discourse thread on choosing a chiropractor or a
 * physio under an insurance plan, a chiropractic clinic's spinal decompression page on WordPress with Divi, a physio-run shop's
 * foam rolling article on Shopify (Dawn), and an osteopaths' fees and insurance page in an old Dreamweaver table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is body; an eyebrow label above the h1
 * ("Treatments", "Elbow conditions") and tag or category labels are furniture; call-to-action bands and booking buttons, with
 * their own headings ("Ready to book?", the Squarespace "New patients are welcome..." band), a HubSpot CTA button inside the post
 * body, and testimonials with their names are furniture; FAQ questions are headings when they are heading elements (Divi's h5
 * toggle titles) and body entries when they are divs (Webflow), and answers collapsed by script or CSS (height 0, a closed
 * toggle) are body, the FAQ section's own h2 a heading; Divi blurb titles (h4) are headings and their descriptions body; a
 * Ghost callout card inside the post is body; table data rows are body, one entry a row with its cells joined by a space, and a
 * header row (th cells, or the bold first row of the old layout table) is in neither list; an italic author bio closing the
 * Shopify article body is furniture; visually-hidden text (sr-only skip links, "Log in" and "Cart" labels, Wix's "top of page")
 * is furniture, while text under hidden, aria-hidden or visibility:hidden, in closed details, and Webflow's w-form-done /
 * w-form-fail messages (hidden by the platform stylesheet) are in no list, as are required-field asterisks; form labels are
 * furniture, form values and placeholders in no list; on the forum page every post is body (a quote of an earlier post too),
 * user names, full names, user titles and post dates are bylines (the quote header's user name counts as that user name),
 * like counts, topic-map stats, the timeline, tags and the suggested topics with their counts and dates are furniture; comments
 * under a blog post, with the commenter's name and date, are furniture; dates and reading times on read-more cards and the
 * post's own reading time are furniture; "Medically reviewed by ..." and "Last reviewed: ..." lines are bylines, as are a
 * leaflet's "Published" / "Review date" labels with their dates and an old page's "Page last updated" line, while the leaflet
 * reference and the PDF download link are furniture; an "On this page" rail repeating the headings adds nothing (its texts are
 * headings); a site-wide alert above the header is furniture.
 */
export const HELDOUT569_PAGES: readonly TestPage[] = [
  ...HELDOUT569_A,
  ...HELDOUT569_A2,
  ...HELDOUT569_B,
  ...HELDOUT569_C,
  ...HELDOUT569_C2,
  ...HELDOUT569_D,
  ...HELDOUT569_E,
  ...HELDOUT569_E2,
  ...HELDOUT569_F,
];
