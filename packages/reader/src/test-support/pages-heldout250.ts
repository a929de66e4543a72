import type { TestPage } from './page-kit.js';
import { HELDOUT250_A } from './pages-heldout250-a.js';
import { HELDOUT250_B } from './pages-heldout250-b.js';
import { HELDOUT250_C } from './pages-heldout250-c.js';
import { HELDOUT250_D } from './pages-heldout250-d.js';
import { HELDOUT250_E } from './pages-heldout250-e.js';
import { HELDOUT250_F } from './pages-heldout250-f.js';

/**
 * Held-out batch 250, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a feature-announcement post on a
 * HubSpot CMS blog with share list, CTA, subscribe form and comments, a webinar registration page built with Unbounce
 * (agenda, speaker cards, form, countdown), a customer case study on Webflow with a company-facts sidebar and Finsweet cookie
 * consent, a pricing page built with Elementor on WordPress (price-table widgets, accordion FAQ, Complianz banner), a gated
 * whitepaper landing page on a Marketo guided template with its report summary and mktoForm, a product-led-growth newsletter
 * post on Substack with subscribe widgets and comments, an "X vs Y" comparison page published with Framer, a startup's launch
 * post on Ghost (Casper theme, kg-* cards), a G2-style software category page with an editorial intro, product cards and
 * a buyer's guide, a developer-relations post on a Hashnode blog (Next.js markup, code block, newsletter box, comments), a
 * release-notes page in a Next.js docs site built with Nextra, and a partner directory on a Wix site (repeater cards).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or subtitle under the h1 (Webflow lead, Substack and Hashnode
 * subtitles, Ghost excerpt, Marketo hero subline) is body; reading times ("6 min read") are furniture, not bylines; a
 * "Last updated" or "Updated" line and a guide's "Researched and written by" label with its author are bylines; on the
 * webinar page the speaker names (h3) are headings and their bios body, the event date is written inside a body paragraph,
 * and the eyebrow, countdown, form labels and consent note are furniture; on the pricing page each plan's name (h3) is a
 * heading and its tagline, price line and feature items are body, while ribbons, buttons, the billing switch and notes under
 * the buttons are furniture; the Elementor accordion's questions (not heading tags) and answers are body; on the comparison
 * page the grid's data cells are body and its header cells in neither list; the Webflow company-facts sidebar and its
 * testimonial name card are furniture, the blockquote inside the rich text body; on the G2-style category page the editorial
 * intro and the buyer's guide are the article, its h2 and h3 the headings, and the product cards (names, ratings, prices,
 * blurbs) furniture; on the partner directory the partners' names (h3) are headings and their descriptions body, their tier
 * and region labels furniture; callouts written inside the article (Nextra warning) are body, but a Ghost callout card with
 * a launch offer, kg-button and bookmark cards are furniture; code-block lines are body; comments on articles, with their
 * authors and dates, are furniture; texts equal to the title (a sidebar's current-page link) are in neither list.
 */
export const HELDOUT250_PAGES: readonly TestPage[] = [...HELDOUT250_A, ...HELDOUT250_B, ...HELDOUT250_C, ...HELDOUT250_D, ...HELDOUT250_E, ...HELDOUT250_F];
