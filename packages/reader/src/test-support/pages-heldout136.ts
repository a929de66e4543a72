import type { TestPage } from './page-kit.js';
import { HELDOUT136_A } from './pages-heldout136-a.js';
import { HELDOUT136_B } from './pages-heldout136-b.js';
import { HELDOUT136_C } from './pages-heldout136-c.js';
import { HELDOUT136_D } from './pages-heldout136-d.js';
import { HELDOUT136_E } from './pages-heldout136-e.js';
import { HELDOUT136_F } from './pages-heldout136-f.js';

/**
 * Held-out batch 136, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Guardian live blog
 * (dotcom-rendering LiveLayout), a BBC News live page (WebCore), a New York Times opinion column, a Washington Post guest
 * opinion, a Bloomberg Opinion column, a Slate article (Clay), a Salon article, a Mother Jones article republished through
 * Climate Desk (WordPress), a story from The Intercept, a Deutsche Welle (dw.com) English story, a France 24 English story
 * and a Reuters fact check (Fusion).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, summary, teaser or chapo under the headline is body, and so are a
 * live blog's standfirst bullets and the BBC summary box bullets (its "Summary" label is furniture); live-blog block and post
 * titles are the headings, and the Guardian key events list, which repeats the block titles and times, is in neither list;
 * block and post times, contributor names and roles, "Updated at" and "Edited by" lines, reading times and end-of-story
 * agency lines ("(FRANCE 24 with AFP)") are bylines; boilerplate that the platform puts inside the article body is furniture:
 * the NYT letters and "Follow the New York Times Opinion section" notes, Bloomberg's "More From Bloomberg Opinion" list,
 * "Want more" line, disclaimer and author bio, Mother Jones's "originally published" note and "FACT:" appeal, Salon's
 * newsletter plug, Reuters' closing note on the Fact Check team, and inline newsletter, follow, "Read more" and ad boxes;
 * author bios (NYT, WaPo, Salon, Mother Jones) are furniture; a pull quote that repeats a body sentence is in neither list;
 * chart titles, subtitles and sources are furniture.
 */
export const HELDOUT136_PAGES: readonly TestPage[] = [...HELDOUT136_A, ...HELDOUT136_B, ...HELDOUT136_C, ...HELDOUT136_D, ...HELDOUT136_E, ...HELDOUT136_F];
