import type { TestPage } from './page-kit.js';
import { HELDOUT432_A } from './pages-heldout432-a.js';
import { HELDOUT432_B } from './pages-heldout432-b.js';
import { HELDOUT432_C } from './pages-heldout432-c.js';
import { HELDOUT432_D } from './pages-heldout432-d.js';
import { HELDOUT432_E } from './pages-heldout432-e.js';
import { HELDOUT432_F } from './pages-heldout432-f.js';

/**
 * Held-out batch 432, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Apple-style product page for
 * a tablet with many short sections, a hardware startup's Shopify (Dawn) launch page for a tabletop kiln, a car maker's
 * model page with a specification table built with Adobe Experience Manager core components, a game's official landing
 * page rendered by Next.js, a Kickstarter campaign story with "Risks and challenges", a Product Hunt launch page with the
 * maker's comment, a phone maker's scrollytelling camera feature page with sticky sections rendered by Nuxt, a SaaS
 * product tour built with Framer, a university's research-highlight story built with Shorthand, a museum's exhibition
 * microsite rendered by Gatsby, an app's "What's new" release page built with Webflow, and a watch brand's collection
 * listing on Salesforce Commerce Cloud (SFRA).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product and landing pages the marketing copy of the page's own sections is
 * body (hero sub-line, section paragraphs, feature lists, spec-table cells and trim lists), and their section h2/h3 are
 * headings; prices, "Buy" / "Pre-order" / "Build & Price" buttons, eyebrow labels above a title ("New. Fully electric.",
 * "Product tour", "Step 1", "Version 5.2", "Exhibition"), footnotes and legal disclaimers, image captions and photo
 * credits, trailer captions, rating badges, logo strips and pricing teasers are furniture. Spec tables have no header
 * row; each data cell is one body entry. On the Shopify page the "What's in the box" tab is body (its title a heading)
 * and the "Shipping & returns" tab is furniture. On Kickstarter the creator's blurb under the title and "Risks and
 * challenges" are body, the funding stats and reward tiers furniture, and the creator name a byline. On Product Hunt the
 * tagline, the description and the maker's first comment are the body, the maker's name, title and comment time are
 * bylines, and other users' comments are furniture. A pull quote in the university story is body; its attribution, whose
 * name also occurs in the body, is in neither list. The museum's exhibition dates and venue line are furniture, as are
 * the curator credit box, audio-guide controls and the interactive map's controls. On the watch collection listing the
 * category description, the product tile names and the collection story are body; tile prices, badges, swatch counts,
 * refinements and sort options are furniture; this listing is the batch's page with a short main text (about 190 words).
 * A text that also occurs inside a body text (a nav item naming the product,
 * a brand name used in the prose) is left out of the furniture.
 */
export const HELDOUT432_PAGES: readonly TestPage[] = [...HELDOUT432_A, ...HELDOUT432_B, ...HELDOUT432_C, ...HELDOUT432_D, ...HELDOUT432_E, ...HELDOUT432_F];
