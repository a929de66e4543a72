import type { TestPage } from './page-kit.js';
import { HELDOUT232_A } from './pages-heldout232-a.js';
import { HELDOUT232_B } from './pages-heldout232-b.js';
import { HELDOUT232_C } from './pages-heldout232-c.js';
import { HELDOUT232_D } from './pages-heldout232-d.js';
import { HELDOUT232_E } from './pages-heldout232-e.js';
import { HELDOUT232_F } from './pages-heldout232-f.js';

/**
 * Held-out batch 232, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Europeana item page, a
 * Chronicling America newspaper page (OCR text), a Find a Grave memorial, a Wikimedia Commons file page, a national archives
 * WordPress blog post, an Omeka S oral history transcript page, a museum collection object page, a FamilySearch Research
 * Wiki parish article, a WikiTree profile, a phpBB family history forum thread, a local history society newsletter post on
 * WordPress and a library special collections blog post on Blogger.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: metadata panels (Europeana "Item details", museum "Object details", Omeka
 * interview metadata, Commons Date/Source/Author rows) have their labels as furniture and their values in neither list;
 * a Commons file description and its licence sentence are body; the Find a Grave bio is the article and the memorial's
 * birth, death and burial facts are in neither list; WikiTree vital lines and family links are furniture, its Sources
 * list is body; a transcript's description and speaker labels are body; a museum object's type-and-date subtitle is
 * furniture; forum post subjects ("Re: ...") are in neither list; the newsletter issue line is a byline.
 */
export const HELDOUT232_PAGES: readonly TestPage[] = [...HELDOUT232_A, ...HELDOUT232_B, ...HELDOUT232_C, ...HELDOUT232_D, ...HELDOUT232_E, ...HELDOUT232_F];
