import type { TestPage } from './page-kit.js';
import { HELDOUT334_A } from './pages-heldout334-a.js';
import { HELDOUT334_B } from './pages-heldout334-b.js';
import { HELDOUT334_C } from './pages-heldout334-c.js';
import { HELDOUT334_D } from './pages-heldout334-d.js';
import { HELDOUT334_E } from './pages-heldout334-e.js';
import { HELDOUT334_F } from './pages-heldout334-f.js';

/**
 * Held-out batch 334, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a This Old House-style how-to
 * with a tools-and-materials list and numbered steps, a Houzz-style ideabook with photo cards and comments, a paint brand's
 * colour-trend journal post on Adobe Experience Manager core components, a Home Depot-style DIY project guide with product
 * tiles between the steps, a renovation diary on WordPress (GeneratePress, Jetpack, threaded comments), a trade forum thread
 * on XenForo 2 with a quoted reply, a flooring retailer's buying guide on the Shopify Dawn theme with a comparison table, a
 * Checkatrade-style cost guide built with Next.js, a smart-thermostat help article on a Zendesk Guide (Copenhagen) help
 * centre, a self-build magazine's case study on a Future-plc-style template, an energy-saving grant explainer on a LocalGov
 * Drupal council site, and a YouTube-style watch page whose description is a tiling tutorial's text.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a how-to's tools-and-materials lists are body, with their h2/h3 labels as headings;
 * a difficulty / time / cost badge row or "how-to meta" box, a "Project facts" box-out and a key-facts figure are furniture;
 * a standfirst or summary line under the h1 (magazine strapline, council summary) is furniture; a pro-tip quote written inside
 * the body is body, while a pull quote that repeats a body sentence is in neither list; table data cells and FAQ questions and
 * answers inside the article are body, table header cells in neither list; numbered step headings keep their step number as
 * the page shows it ("1 Choose the Location"); product tiles, swatch chips and "Shop the look" grids are furniture; on the forum
 * thread every post's own paragraphs are body, the quoted block inside a reply is not (its "X said:" label is furniture), and
 * signatures, user titles and join dates are furniture while poster names and post dates are bylines; on the video page the
 * description (its paragraphs, chapter list and kit list) is the body, the channel name and upload date are bylines, and views,
 * likes, subscriber counts, comments and the up-next rail are furniture; a Zendesk article's author name is a byline.
 */
export const HELDOUT334_PAGES: readonly TestPage[] = [...HELDOUT334_A, ...HELDOUT334_B, ...HELDOUT334_C, ...HELDOUT334_D, ...HELDOUT334_E, ...HELDOUT334_F];
