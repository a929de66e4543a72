import type { TestPage } from './page-kit.js';
import { HELDOUT395_A } from './pages-heldout395-a.js';
import { HELDOUT395_B } from './pages-heldout395-b.js';
import { HELDOUT395_C } from './pages-heldout395-c.js';
import { HELDOUT395_D } from './pages-heldout395-d.js';
import { HELDOUT395_E } from './pages-heldout395-e.js';
import { HELDOUT395_F } from './pages-heldout395-f.js';

/**
 * Held-out batch 395, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pump manufacturer's "About Us"
 * page built with Elementor on WordPress, a leadership team grid with short bios on Webflow, a ceramics studio's "Our story"
 * page on Squarespace 7.1, a milling cooperative's mission and values page on Wix, a careers "Life at" culture page built
 * with Next.js, a water trust's board of directors page on Drupal 10 (Olivero), a company history timeline on HubSpot CMS, a
 * founder's letter on Medium, a sustainability commitment page on Shopify (Dawn), a press kit page on a Prezly newsroom, a
 * company fact sheet on a WordPress block theme (Twenty Twenty-Four) and an offices and locations page built with Framer.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on team, board and office listings the names in the card headings (h3) are
 * headings, and the role line, address line and bio under them are body; on a timeline each year's heading, as its h3
 * shows it ("1978: A bench in the dairy"), is a heading, and the decorative year badge beside it is in neither list; a
 * table's data cells (including row labels in data cells) are body, its header cells in neither list, its caption
 * furniture; a pull quote from an employee inside the article is body and its attribution furniture; Medium's subtitle
 * is body, its reading time, publication name, clap count and responses furniture; a "Page last reviewed" label and date
 * and an "Updated" date line are bylines; promo bands inside the main area (image-with-text repair promo, CTA bands) and
 * download tiles with their file sizes are furniture; a press kit's boilerplate repeated in the newsroom's own boilerplate
 * block and its contact card are furniture there; the site or brand name in a header is not listed as furniture where the
 * body names the brand in the same words, and a nav item that repeats the page title is in neither list; counts of one or
 * two characters are not listed.
 */
export const HELDOUT395_PAGES: readonly TestPage[] = [...HELDOUT395_A, ...HELDOUT395_B, ...HELDOUT395_C, ...HELDOUT395_D, ...HELDOUT395_E, ...HELDOUT395_F];
