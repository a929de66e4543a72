import type { TestPage } from './page-kit.js';
import { HELDOUT251_A } from './pages-heldout251-a.js';
import { HELDOUT251_B } from './pages-heldout251-b.js';
import { HELDOUT251_C } from './pages-heldout251-c.js';
import { HELDOUT251_D } from './pages-heldout251-d.js';
import { HELDOUT251_E } from './pages-heldout251-e.js';
import { HELDOUT251_F } from './pages-heldout251-f.js';

/**
 * Held-out batch 251, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a state veterans' property tax
 * exemption explainer on the VA.gov Formation / USWDS template, a DVIDS news story with photo caption and credit, a police
 * department press release in a CivicPlus CivicEngage News Flash, a county fire-rescue incident report on Drupal 10 with a
 * units-responding table, a veterans' charity blog post on Squarespace 7.1, a defense trade publication article on Arc XP
 * (Fusion), a coast guard sector's Local Notice to Mariners on a DNN government skin (short text with a buoy table), an
 * emergency-management preparedness guide built with Elementor, a military spouse forum thread on Discourse, a regimental
 * museum's history page on Joomla 4 (Cassiopeia), a National Guard battalion's announcement on a Facebook-like social page,
 * and a memorial foundation's donation appeal on a Classy campaign page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: data-table rows (the fire units table, the coast guard buoy table, the museum's
 * timeline) are body, one entry per row with its cells joined by spaces, while table header cells are in neither list and
 * a table caption is furniture; a subheadline / dek under the h1 (Arc XP) is body, and an inline "Read more:" promo between
 * body paragraphs is furniture; a pull quote block written into the post (Squarespace) is body, its attribution line
 * furniture; a note's bold "Note:" lead-in is part of its paragraph; on the Discourse thread every post is body and
 * usernames and post dates are bylines; on the social page the post's text is body and its headline the title, the page
 * name and timestamp bylines, and the comments under it furniture; on the donation page the campaign story is body and
 * the progress figures, amount buttons, donor feed, FAQ and the "Our Story" section label are furniture; field labels and
 * values of a structured record (incident type, alarm level, notice number, category, hits) are furniture, but its date
 * and its "prepared by" / "Written by" author are bylines; a unit or organization name that the body also names is left
 * out of the furniture list.
 */
export const HELDOUT251_PAGES: readonly TestPage[] = [...HELDOUT251_A, ...HELDOUT251_B, ...HELDOUT251_C, ...HELDOUT251_D, ...HELDOUT251_E, ...HELDOUT251_F];
