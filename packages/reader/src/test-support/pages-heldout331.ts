import type { TestPage } from './page-kit.js';
import { HELDOUT331_A } from './pages-heldout331-a.js';
import { HELDOUT331_B } from './pages-heldout331-b.js';
import { HELDOUT331_C } from './pages-heldout331-c.js';
import { HELDOUT331_D } from './pages-heldout331-d.js';
import { HELDOUT331_E } from './pages-heldout331-e.js';
import { HELDOUT331_F } from './pages-heldout331-f.js';

/**
 * Held-out batch 331, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a zoo's red panda fact page on
 * Drupal 10, a wildlife park's news story on three cheetah cubs on Sitecore SXA, an aquarium's blog post on octopus enrichment
 * on Craft CMS, a wildlife rescue centre's Facebook page with four posts, a conservation charity's otter species profile built
 * with the Wix editor, a national park's black bear page on the NPS template, an observation page of an iNaturalist-style site
 * (React markup, short main text), a bird club's winter count results with a table on Jekyll's Minimal Mistakes theme, a marine
 * biology explainer on bioluminescence on Ghost (Casper), a wildlife photographer's blog post on WordPress (Astra) with
 * comments, a phpBB (prosilver) wildlife forum thread, and a species account on an Animal Diversity Web-style site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a fact box of label / value pairs (Drupal's quick facts, iNaturalist's details and
 * annotations, ADW's keyword lists) is furniture, while a "Key facts" list of full sentences in the article text (Wix) is body;
 * a callout box inside the article body (NPS "Bear Safety", Ghost callout card, Craft "Did you know?" text, the Jekyll notice)
 * is body, its label furniture unless it is a heading of the article (the NPS callout's h3 is a heading); pull quotes are body,
 * their attribution furniture; on the Facebook page the h1 page name is the title and the page's posts are the body, the
 * comments under them furniture and post times bylines; on the observation page the observer's notes and the identifiers'
 * remarks and comments are body, usernames and observed / submitted dates bylines; on phpBB the topic title (h2.topic-title;
 * the h1 is the board name) is the title, each post split at its blank lines is body and a quote repeating the first post is
 * not listed again; a table's caption and each data row, read as one line, are body, header cells in neither list; a table
 * of contents that repeats the headings is in neither list; Ghost's custom excerpt under the title is body; ADW contributors
 * are bylines, its references and citation furniture; one- and two-letter texts and bare times like "2d" are left out.
 */
export const HELDOUT331_PAGES: readonly TestPage[] = [...HELDOUT331_A, ...HELDOUT331_B, ...HELDOUT331_C, ...HELDOUT331_D, ...HELDOUT331_E, ...HELDOUT331_F];
