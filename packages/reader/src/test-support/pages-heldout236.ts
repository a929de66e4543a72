import type { TestPage } from './page-kit.js';
import { HELDOUT236_A } from './pages-heldout236-a.js';
import { HELDOUT236_B } from './pages-heldout236-b.js';
import { HELDOUT236_C } from './pages-heldout236-c.js';
import { HELDOUT236_D } from './pages-heldout236-d.js';
import { HELDOUT236_E } from './pages-heldout236-e.js';
import { HELDOUT236_F } from './pages-heldout236-f.js';

/**
 * Held-out batch 236, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Merriam-Webster-style word
 * page, a Wiktionary-style entry on a MediaWiki dictionary (Vector 2022), an Oxford Learner's Dictionaries-style entry, a
 * thesaurus page, an Etymonline-style etymology entry, a MedlinePlus-style medical encyclopedia entry, a Cornell LII
 * Wex-style legal dictionary entry, a Linguee/DeepL-style translation entry with examples, an acronym finder results page,
 * a quotation site's author page, a grammar style guide entry and a RhymeZone-style rhyming dictionary page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: dictionary headwords are the title; definitions, numbered senses, example
 * sentences, translations, synonym/antonym/rhyme words and an acronym table's meaning cells are body (other table cells,
 * ratings, pronunciations and part-of-speech labels outside sense text are in neither list, except where written into a
 * body line); a "reviewed by/updated by" line and an author's birth date are bylines; quotes on an author page are body;
 * a short furniture text that is also a short gold line is left out.
 */
export const HELDOUT236_PAGES: readonly TestPage[] = [...HELDOUT236_A, ...HELDOUT236_B, ...HELDOUT236_C, ...HELDOUT236_D, ...HELDOUT236_E, ...HELDOUT236_F];
