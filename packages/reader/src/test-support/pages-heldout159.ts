import type { TestPage } from './page-kit.js';
import { HELDOUT159_A } from './pages-heldout159-a.js';
import { HELDOUT159_B } from './pages-heldout159-b.js';
import { HELDOUT159_C } from './pages-heldout159-c.js';
import { HELDOUT159_D } from './pages-heldout159-d.js';
import { HELDOUT159_E } from './pages-heldout159-e.js';
import { HELDOUT159_F } from './pages-heldout159-f.js';

/**
 * Held-out batch 159, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a The Verge headphone review (Vox
 * Media duet template), a Wired long-form feature (Condé Nast verso), an Ars Technica laptop review (2024 WordPress theme), a
 * TechCrunch funding story (WordPress block theme), a Variety TV news story (PMC theme), a Hollywood Reporter business story
 * (PMC theme), a Billboard chart story (PMC theme), a Pitchfork album review (verso split-screen), an Eater NY restaurant
 * opening story (Vox Media Chorus), a Bon Appétit recipe article (verso recipe), a Consumer Reports safety buying-advice article
 * and a Car and Driver "Tested" review (Hearst).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subheadline is body; a review scorecard's product name and Good / Bad items
 * are in neither list, its score, labels and retailer buttons furniture (Ars Technica's own "The good / The bad / The ugly"
 * sections in the text are headings and body, and Car and Driver's Highs / Lows / Verdict paragraphs are body); a pull quote
 * that repeats a body sentence is in neither list; Pitchfork's artist name above the album-title h1 is in neither list and its
 * score, "Best New Album" and info slice are furniture; a recipe's ingredient lines and steps are body, its yield and the
 * "Step N" h3s inside the step items in neither list, its ratings and reader reviews furniture; table data cells are body;
 * specification lines written as paragraphs under the review's own h2 are body; an author bio is furniture; a short furniture
 * text that is also a word of a short gold line is left out.
 */
export const HELDOUT159_PAGES: readonly TestPage[] = [...HELDOUT159_A, ...HELDOUT159_B, ...HELDOUT159_C, ...HELDOUT159_D, ...HELDOUT159_E, ...HELDOUT159_F];
