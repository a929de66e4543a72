import type { TestPage } from './page-kit.js';
import { HELDOUT439_A } from './pages-heldout439-a.js';
import { HELDOUT439_B } from './pages-heldout439-b.js';
import { HELDOUT439_C } from './pages-heldout439-c.js';
import { HELDOUT439_D } from './pages-heldout439-d.js';
import { HELDOUT439_E } from './pages-heldout439-e.js';
import { HELDOUT439_F } from './pages-heldout439-f.js';

/**
 * Held-out batch 439, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a construction news article on
 * an Industry Dive trade site (Construction Dive-style), a groundworks contractor's project case study built with Elementor,
 * a builders' merchant's insulation buying guide with product cards on Adobe Commerce (Magento 2 with a Magefan blog post), a
 * fire-door guidance page on GOV.UK, a roofing company's blog post on Wix Blog, an architect-and-builder's project page on
 * Squarespace 7.1, a masonry trade association's technical bulletin on Drupal 10, a construction-software blog post rendered
 * by Next.js (Procore-style), a council's contract award notice on an ASP.NET Web Forms procurement portal, a plumbers' forum
 * thread on phpBB 3.3, a lime-mortar datasheet product page on WooCommerce (Storefront), and a site-safety toolbox talk on
 * Ghost (Source theme).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek / standfirst / lead paragraph / excerpt under the h1 is body; a pull quote
 * whose text does not repeat in the body is body, its attribution in neither list when the name also appears in the body;
 * "Dive Brief:" / "Dive Insight:" section labels are headings; a table of contents or contents list whose items repeat the
 * section headings is in neither list (the texts are the headings); table captions and data cells (and a datasheet's row
 * header cells) are body, column header cells in neither list; product cards, prices, stock and SKU lines are furniture;
 * on the Elementor case study the hero's icon-list facts strip and counters are furniture and its "Completed" date a byline,
 * while on the Squarespace page the project facts written as a list in the text block are body; a testimonial widget is
 * furniture; on the award notice the label / value rows of the notice details and the award table cells are body, the
 * fieldset legends, reference and status strip furniture, "Published:" / "Last updated:" and their values bylines; forum
 * posts including a quoted excerpt and a code block are body, the "... wrote:" quote header a byline, post subjects
 * "Re: ...", ranks, post counts, join dates and signatures furniture; label texts shown beside a byline ("Posted:",
 * "Author:", "Submitted by", "From:", "Next review") are bylines; Ghost callout and toggle cards are body, a bookmark card
 * furniture; the WooCommerce short description is body, the hidden "Additional information" and "Reviews" tabs furniture.
 */
export const HELDOUT439_PAGES: readonly TestPage[] = [...HELDOUT439_A, ...HELDOUT439_B, ...HELDOUT439_C, ...HELDOUT439_D, ...HELDOUT439_E, ...HELDOUT439_F];
