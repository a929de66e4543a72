import type { TestPage } from './page-kit.js';
import { HELDOUT321_A } from './pages-heldout321-a.js';
import { HELDOUT321_B } from './pages-heldout321-b.js';
import { HELDOUT321_C } from './pages-heldout321-c.js';
import { HELDOUT321_D } from './pages-heldout321-d.js';
import { HELDOUT321_E } from './pages-heldout321-e.js';
import { HELDOUT321_F } from './pages-heldout321-f.js';

/**
 * Held-out batch 321, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Arduino Project Hub-style project
 * page on Next.js, a Hackaday-style WordPress blog post with comments, a Printables-style 3D model page on SvelteKit, a Raspberry Pi
 * Forums thread on phpBB prosilver, an Adafruit Learn-style guide page, a SparkFun-style product page, a maker's personal blog on
 * Hugo with PaperMod, a ham radio club's news page built with Elementor, a mechanical keyboard build guide on Docusaurus, a Home
 * Assistant Community guide on Discourse, a PCB fabricator's blog on HubSpot CMS, and a synth kit's assembly instructions on
 * DokuWiki.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the phpBB thread the h1 is the board name, so the title is the topic title in
 * h2.topic-title, and the per-post "Re:" subjects are furniture; on forum pages all posts, replies included, are body, while text
 * quoted from an earlier post and signatures are not body (the quote is in neither list, the signature is furniture); user names
 * and post dates are bylines, profile ranks, post counts and join dates furniture. On the Arduino project page the components list
 * is body and its h2 a heading, while the code attachment section (its "Code" h2, file name and download link) and the cover
 * subtitle are furniture. On the Printables page the summary and description are body; tags, model origin and license are
 * furniture. The Adafruit guide's title is the guide's h1 and the page's own h2 title is the first heading. The SparkFun product
 * page has no bylines; its description tab (features list included) is body, price, stock, volume pricing, skill levels,
 * documents and reviews furniture. Table data cells are body (one entry each) and header cells in neither list; a callout or
 * warning box written into the article (Adafruit, Docusaurus, DokuWiki) is body, its label furniture; a pull quote in the
 * Elementor post is body; a table-of-contents box is furniture. Breadcrumb or tag texts that also occur inside a body paragraph
 * are left out of the furniture list.
 */
export const HELDOUT321_PAGES: readonly TestPage[] = [...HELDOUT321_A, ...HELDOUT321_B, ...HELDOUT321_C, ...HELDOUT321_D, ...HELDOUT321_E, ...HELDOUT321_F];
