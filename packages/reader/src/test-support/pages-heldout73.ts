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
 * Brands, people, places and facts are invented; the markup follows the real templates. Measured once on the round-43 rules
 * (forums): 96.8 % / 92.6 %, 0 / 31 bylines, 13 / 673 furniture, 4 / 12 summaries with
 * any; training for the round-43 notice rules (a post's age, an old version of the docs, a promoted billboard, a sponsor box, an FAQ
 * block that is no Q&A page).
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

/**
 * The byline and furniture texts of batch 73 the round-43 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT73_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a post's comments under the sponsor box, in no box a rule knows
  'heldout73-hashnode-blog': [
    'The greedy longest-first trick is so simple and so effective. Did you look at splitting individual slow files too?',
    'Love the quarantine budget idea. Stealing it for our team.',
  ],
  // the project's name, the admonition's label and a code block's file name, each on a short line of the text
  'heldout73-docusaurus-unreleased-docs': ['Quarry', 'deprecated', 'quarry.config.ts'],
  // the owner's name in the repository's title
  'heldout73-github-archived-readme-docs': ['fernwood'],
};
