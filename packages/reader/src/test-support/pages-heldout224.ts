import type { TestPage } from './page-kit.js';
import { HELDOUT224_A } from './pages-heldout224-a.js';
import { HELDOUT224_B } from './pages-heldout224-b.js';
import { HELDOUT224_C } from './pages-heldout224-c.js';
import { HELDOUT224_D } from './pages-heldout224-d.js';
import { HELDOUT224_E } from './pages-heldout224-e.js';
import { HELDOUT224_F } from './pages-heldout224-f.js';

/**
 * Held-out batch 224, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a vet clinic's blog post on
 * WordPress (GeneratePress), a Kennel Club breed page, a PetMD article, a pet insurer's guide (Next.js marketing site), a dog
 * owners' forum thread on XenForo 2, a cat rescue's adoption listing on WordPress with Elementor, an aquarium hobby forum
 * thread on phpBB 3.3 (prosilver), a bird club's field trip report on Blogger, an equestrian magazine's news article on a
 * Future plc-style site, a Chewy product page with questions and answers, a zoo's news story on Drupal 10 and an RSPCA advice
 * page on Liferay.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: fact lists of a breed or an adoptable cat ("Size: Small", "Age: 6 years") are body,
 * one fact an item, and "Key facts" is a heading; a strapline is body; table data cells (spec values, a comparison table) are
 * body; an FAQ accordion or tips accordion that belongs to the page is its own section (questions or tip titles are headings,
 * panels body, even when collapsed); a house call-to-action, promo or alert box placed inside the article content is furniture;
 * on a shop page the customers' questions, answers and reviews are furniture (like comments on a blog page) and its
 * "Details" tab label is left out of the headings; a pull quote that repeats a line of the story is body; "In This Article"
 * and in-page section lists that repeat the headings are left out, and short furniture words that are also a short gold line
 * are left out.
 */
export const HELDOUT224_PAGES: readonly TestPage[] = [...HELDOUT224_A, ...HELDOUT224_B, ...HELDOUT224_C, ...HELDOUT224_D, ...HELDOUT224_E, ...HELDOUT224_F];
