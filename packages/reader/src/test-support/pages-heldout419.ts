import type { TestPage } from './page-kit.js';
import { HELDOUT419_A } from './pages-heldout419-a.js';
import { HELDOUT419_B } from './pages-heldout419-b.js';
import { HELDOUT419_C } from './pages-heldout419-c.js';
import { HELDOUT419_D } from './pages-heldout419-d.js';
import { HELDOUT419_E } from './pages-heldout419-e.js';
import { HELDOUT419_F } from './pages-heldout419-f.js';

/**
 * Held-out batch 419, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a courier's parcel tracking result
 * page built with Next.js (status card, event timeline, delivery options and app promo), a national postal service's rates page
 * on Drupal 10 / Olivero with a rates table, a customs duty guidance page for online buyers on GOV.UK Frontend, a courier's
 * missed-delivery help article on Zendesk Guide (Copenhagen) with votes and a comment, a Shopify (Dawn) store's returns portal
 * page with its lookup form, a post office's service-update notice on an Atlassian Statuspage incident page, a shipping cost
 * calculator page built with Elementor, a prohibited items article on a Freshdesk support portal, a customs declaration (CN22 /
 * CN23) help article on Help Scout Docs, a parcel locker landing page built in Webflow, a local newspaper's delivery-delay story
 * on BLOX CMS (TownNews) with comments, and a courier's sustainability page on Adobe Experience Manager core components.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the tracking page the h1 is the tracking number, the status summary paragraphs, the
 * timeline events (each with its date, time and place, as one item) and the note under the timeline are body, while the status
 * badge, progress-bar steps, sender and service lines, search form and delivery-options panel are furniture; on the Statuspage
 * incident the title is the incident-name div (the platform has no h1), each update's text is body, its status label
 * ("Resolved", "Monitoring"...) and "Posted" are furniture and its timestamp is a byline; on Freshdesk the article title is the
 * h2 (the portal name is the h1); table data cells and a table caption are body, table header cells in neither list; form
 * labels and buttons (returns lookup, calculator, search) are furniture; a landing page's FAQ questions and answers and its
 * "how it works" steps are body, its hero eyebrow, stats and app badges furniture; a pull quote inside the article is body and
 * its attribution line furniture, as are testimonials in a page builder's sidebar column; GOV.UK's "From" organisation and its
 * published / updated dates are bylines, the lead paragraph under the title furniture (it is a summary repeated in search),
 * and a "Read more" promo inside the body is furniture; the Zendesk "Updated" label next to the date is a byline; tags that
 * repeat a word of the body (Isles Post, Wexley) are left out of the furniture.
 */
export const HELDOUT419_PAGES: readonly TestPage[] = [...HELDOUT419_A, ...HELDOUT419_B, ...HELDOUT419_C, ...HELDOUT419_D, ...HELDOUT419_E, ...HELDOUT419_F];
