import type { TestPage } from './page-kit.js';
import { HELDOUT73_A } from './pages-heldout73-a.js';
import { HELDOUT73_B } from './pages-heldout73-b.js';
import { HELDOUT73_C } from './pages-heldout73-c.js';
import { HELDOUT73_D } from './pages-heldout73-d.js';
import { HELDOUT73_E } from './pages-heldout73-e.js';
import { HELDOUT73_F } from './pages-heldout73-f.js';

/**
 * Held-out batch 73, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress affiliate review post
 * with a disclosure and a "Jump to" table of contents, a WordPress recipe post with a WP Recipe Maker card, a Ghost
 * members-only post shown as a preview with its subscribers-only gate, a personal Jekyll post with an "over 3 years old"
 * notice, a dev.to series article with reactions and top comments, a Hashnode post with a newsletter card and a sponsor box, a
 * Read the Docs page of an old version with the "not the most recent version" warning and the version flyout, a Docusaurus
 * page of an unreleased version with its banner and a deprecation admonition, a GitHub front page of an archived repository
 * with its README, a Microsoft Learn article on a retired product, an npm package page of a deprecated package, and a
 * Confluence Cloud page with a status lozenge, "Owned by", inline comments and "Like".
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the batch rules: a notice the platform or theme puts around or at the top of the text (affiliate
 * disclosure, subscribers-only gate, "over 3 years old", "not the most recent version", "unreleased version", "archived by the
 * owner", archived disclaimer, npm deprecation) is furniture, while a notice the author wrote into the text (a README alert, a
 * Learn "Important" alert, a Docusaurus deprecation admonition, an "Update" paragraph) is body with its label as furniture;
 * a standfirst or subtitle under the headline is in neither list; table data cells are body; a table of contents, breadcrumb
 * or sidebar entry that repeats the title or a heading word for word, and a short furniture text that is a word of a short
 * gold line, are left out of the furniture (each page's comment says which); a recipe card's name, section labels and
 * ingredient groups are headings, its summary, ingredients, steps and notes body, its times, servings, ratings and
 * nutrition furniture.
 */
export const HELDOUT73_PAGES: readonly TestPage[] = [...HELDOUT73_A, ...HELDOUT73_B, ...HELDOUT73_C, ...HELDOUT73_D, ...HELDOUT73_E, ...HELDOUT73_F];
