import type { TestPage } from './page-kit.js';
import { HELDOUT446_A } from './pages-heldout446-a.js';
import { HELDOUT446_B } from './pages-heldout446-b.js';
import { HELDOUT446_C } from './pages-heldout446-c.js';
import { HELDOUT446_D } from './pages-heldout446-d.js';
import { HELDOUT446_E } from './pages-heldout446-e.js';
import { HELDOUT446_F } from './pages-heldout446-f.js';

/**
 * Held-out batch 446, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a World Factbook-style country
 * profile on a Gatsby site, a city's official "About the City" facts page on CivicPlus, a Wikivoyage-style region page on
 * MediaWiki's Vector 2022 skin, a national statistics office's area profile with tables on the ONS design system, a
 * Worldometer-style population data page on Bootstrap 3, a Citypopulation-style cities table page, a tourism board's
 * destination overview built from Adobe Experience Manager core components, a UN-style country profile with indicator tables
 * on Drupal's UN Common Design theme, an infobox-heavy town article on a MediaWiki wiki with the Citizen skin, a relocation
 * site's "Living in" city guide built with Elementor on WordPress, a travel encyclopedia entry on a Next.js site, and a
 * regional government's facts-and-figures page on the Web Experience Toolkit (GCWeb) template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a data table's caption and data rows are body, one entry a row with its cells
 * joined by a space, and its header cells are in neither list; a table's source line and footnote labels are furniture,
 * while the UN profile's footnotes themselves are body; the Factbook's field names (h3) are headings and the field values
 * body; the CivicPlus and Next.js "facts" boxes follow their place: the CivicPlus "Quick Facts" list inside the article
 * text is body, the Next.js "Key facts" card and the Factbook's "Travel Facts" sidebar are furniture; a MediaWiki
 * infobox's label and data cells are in neither list, its image captions furniture; reference lists and navboxes are
 * furniture and the "References" heading is not a heading; jump menus and tables of contents that repeat the section
 * headings are left out of the furniture; labels of a metadata list ("Release date:", "Last updated:", "Date modified:")
 * and their dates are bylines; the Citypopulation footer's "© name, date" is a byline; comments under the relocation
 * guide, with their authors and dates, are furniture; the Worldometer live counter is furniture.
 */
export const HELDOUT446_PAGES: readonly TestPage[] = [...HELDOUT446_A, ...HELDOUT446_B, ...HELDOUT446_C, ...HELDOUT446_D, ...HELDOUT446_E, ...HELDOUT446_F];
