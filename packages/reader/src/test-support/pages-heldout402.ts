import type { TestPage } from './page-kit.js';
import { HELDOUT402_A } from './pages-heldout402-a.js';
import { HELDOUT402_B } from './pages-heldout402-b.js';
import { HELDOUT402_C } from './pages-heldout402-c.js';
import { HELDOUT402_D } from './pages-heldout402-d.js';
import { HELDOUT402_E } from './pages-heldout402-e.js';
import { HELDOUT402_F } from './pages-heldout402-f.js';

/**
 * Held-out batch 402, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an App Store app page, a Google
 * Play listing, a Microsoft Store web page built with Angular, a Softpedia download page with an editor's review, a
 * SourceForge project summary page, an F-Droid app page, a Snapcraft snap page, a Flathub app page rendered by Next.js, a
 * MacUpdate app page, a Chocolatey community package page (short main text), an itch.io game page with comments, and a
 * software vendor's own download page with system requirements built with WordPress and Elementor.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the app's own description, its feature lists and the release notes of the current
 * version ("What's New", "What's new in this version", "Changes in version") are body, and their headings are headings
 * where the page shows one; a store's tagline or summary line under the title (App Store subtitle, Softpedia's h2,
 * SourceForge's and Flathub's summary) is furniture; descriptions that the store runs together with br line breaks
 * (App Store, Google Play, F-Droid) are gold paragraph by paragraph and list item by list item, with their bullet characters;
 * the developer, publisher or reviewer name at the head of the page and the release or "Updated on" date of the current
 * version are bylines (labels such as "Updated on", "Brought to you by:" and "Last Update:" that stand in their own
 * element are bylines too), while the same names inside info tables, rails and footers are not listed again; user reviews,
 * ratings, comments (itch.io) and the version lists, channel maps, spec and "Information" tables are furniture; on F-Droid
 * the app name is an h3 (the template has no h1) and is the title; on Softpedia the editor's review is the body; on the
 * vendor page the system requirements table's data cells are body, its row and column header cells in neither list, and the
 * testimonial is furniture; the Chocolatey install command box and the Package Approved notice are furniture, the
 * moderator's approval line a byline.
 */
export const HELDOUT402_PAGES: readonly TestPage[] = [...HELDOUT402_A, ...HELDOUT402_B, ...HELDOUT402_C, ...HELDOUT402_D, ...HELDOUT402_E, ...HELDOUT402_F];
