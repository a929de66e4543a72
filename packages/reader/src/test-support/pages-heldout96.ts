import type { TestPage } from './page-kit.js';
import { HELDOUT96_A } from './pages-heldout96-a.js';
import { HELDOUT96_B } from './pages-heldout96-b.js';
import { HELDOUT96_C } from './pages-heldout96-c.js';
import { HELDOUT96_D } from './pages-heldout96-d.js';
import { HELDOUT96_E } from './pages-heldout96-e.js';
import { HELDOUT96_F } from './pages-heldout96-f.js';

/**
 * Held-out batch 96, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a recipe post on a WordPress food
 * blog (Genesis with Feast and a WP Recipe Maker card), a travel blog post on WordPress with the Kadence theme, a company
 * engineering post on Ghost with the Casper theme, a personal post on a Jekyll minima site on GitHub Pages, a company
 * marketing blog post on HubSpot CMS, a health information page in the shape of a Mayo Clinic "Symptoms & causes" page, an
 * Instructables project page, a product review roundup in the shape of a Wirecutter guide, a Python standard library
 * documentation page (Sphinx, python-docs-theme), a react.dev "Learn" page, a Discourse support topic with a solution and a
 * phpBB 3.3 prosilver topic.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the round-44 rules of batches 88, 90 and 93: 99.2 % / 97.4 %, 0 / 41 bylines, 3 / 609 furniture, 0 / 12
 * summaries with any; not tuned on (held out; its pages were never looked at).
 * Gold conventions beyond the usual ones: a recipe card is part of the post (its name and its Ingredients, ingredient group,
 * Instructions and Notes headers are headings; summary, ingredient lines, steps and notes body; the details block of times,
 * course and servings in neither list; rating, buttons, nutrition and the call to action furniture); a dek or custom excerpt
 * under the title is body; callout and admonition texts are body, their labels ("Note", "See also", "Pitfall", "Deep Dive")
 * and the see-also entry's module name in neither list; a collapsed Deep Dive's text is body and its title a heading;
 * footnotes are body, their back-links furniture; product callout blurbs are body, their prices and retailer buttons
 * furniture; link-preview (bookmark) cards, in-body CTAs, affiliate disclosures, reference and source lists are furniture;
 * "You will learn", "Recap", "Try out some challenges" and a challenge's title are headings on the react.dev page; tables of
 * contents and "On this page" lists whose items repeat the title or headings are left out (only their labels are furniture);
 * a short furniture text that is also a word sequence of a short gold line (a pick label in a pick heading) is left out; forum
 * reply subjects ("Re: ...") are furniture and a post's "Last edited by" notice is a byline.
 */
export const HELDOUT96_PAGES: readonly TestPage[] = [...HELDOUT96_A, ...HELDOUT96_B, ...HELDOUT96_C, ...HELDOUT96_D, ...HELDOUT96_E, ...HELDOUT96_F];
