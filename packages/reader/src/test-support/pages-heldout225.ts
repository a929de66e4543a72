import type { TestPage } from './page-kit.js';
import { HELDOUT225_A } from './pages-heldout225-a.js';
import { HELDOUT225_B } from './pages-heldout225-b.js';
import { HELDOUT225_C } from './pages-heldout225-c.js';
import { HELDOUT225_D } from './pages-heldout225-d.js';
import { HELDOUT225_E } from './pages-heldout225-e.js';
import { HELDOUT225_F } from './pages-heldout225-f.js';

/**
 * Held-out batch 225, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an RHS "Find a plant" detail page,
 * a XenForo 2 gardening forum thread, a Gardeners' World how-to article, a seed company's growing guide on Shopify (Dawn),
 * an allotment society's blog post on WordPress.com (Twenty Sixteen), a garden centre's Elementor blog post, a landscaping
 * company's Divi project page, a university extension factsheet on Drupal 10, a hiking club's Joomla 4 trip report, a
 * phpBB 3.3 angling forum thread, a foraging blog post on Blogger and an eBird trip report page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a plant page's attribute panel (its h2s, labels and values) is in neither list;
 * a standfirst, a pull quote, a project's facts list, a client testimonial, a factsheet's table caption and references, and
 * a safety notice the author wrote at the top of a post are body; table data cells are body; image captions, "Jump to"
 * lists, in-text shop buttons and promo lines, trade-name disclaimers and fact sheet numbers are furniture; forum quotes
 * and their "said:" / "wrote:" lines are in neither list, "Re:" post subjects and signatures are furniture (the first post's
 * subject, which repeats the title, is left out); on the eBird page the owner's trip summary is the article (its panel
 * label "Trip Summary" is in neither list) and the stats, the generated species and checklist lists are furniture.
 */
export const HELDOUT225_PAGES: readonly TestPage[] = [...HELDOUT225_A, ...HELDOUT225_B, ...HELDOUT225_C, ...HELDOUT225_D, ...HELDOUT225_E, ...HELDOUT225_F];
