import type { TestPage } from './page-kit.js';
import { HELDOUT444_A } from './pages-heldout444-a.js';
import { HELDOUT444_B } from './pages-heldout444-b.js';
import { HELDOUT444_C } from './pages-heldout444-c.js';
import { HELDOUT444_D } from './pages-heldout444-d.js';
import { HELDOUT444_E } from './pages-heldout444-e.js';
import { HELDOUT444_F } from './pages-heldout444-f.js';

/**
 * Held-out batch 444, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an insurer's plan page with a
 * benefits summary table on Adobe Experience Manager, a Medicare Part B explainer on a state agency's U.S. Web Design System
 * site, an employer's Open Enrollment page on a SharePoint Online communication site with comments, a marketplace help
 * article on a Zendesk Help Center, an insurer's news release on a PR Newswire-style page, a broker's blog post on WordPress
 * (Astra) with comments, a claims how-to with numbered steps on Drupal 10 (Olivero), a pharmacy benefit formulary lookup
 * (data page) built with Next.js, a dental plan comparison on Squarespace 7.1, a health savings account explainer on a
 * bank's Gatsby site, a patient-advocacy forum thread on Discourse, and an insurtech landing page built in Webflow.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a benefits or comparison table's data cells and row-header cells are body, its
 * column-header cells in neither list; the items of a "Key takeaways" summary box are body and its label a heading; an
 * in-body alert or callout (the USWDS warning, Zendesk's "Note:") is body; a news release's subtitle is body, its dateline
 * with "/PRNewswire/ --" a byline, and the "About" boilerplate, SOURCE line and media contact furniture (the company name
 * under "News provided by" is left in neither list, as it is also written in the body); an "Updated" label and its date are
 * bylines, as are author, reviewer, job title, date and reading-time lines; on the SharePoint page the page comments are
 * furniture; on the forum thread every post is body, the poster names and post dates bylines, and the quote of an earlier
 * post inside a reply (a repeat of body text) in neither list; on the landing page the hero lede, feature cards, "How it
 * works" text and FAQ answers are body and the feature and FAQ question titles headings, while the eyebrow, stats,
 * testimonial, logo strip and CTA band are furniture; the formulary page's plan picker, badges and price widget are furniture.
 */
export const HELDOUT444_PAGES: readonly TestPage[] = [...HELDOUT444_A, ...HELDOUT444_B, ...HELDOUT444_C, ...HELDOUT444_D, ...HELDOUT444_E, ...HELDOUT444_F];
