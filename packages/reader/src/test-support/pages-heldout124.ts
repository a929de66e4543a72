import type { TestPage } from './page-kit.js';
import { HELDOUT124_A } from './pages-heldout124-a.js';
import { HELDOUT124_B } from './pages-heldout124-b.js';
import { HELDOUT124_C } from './pages-heldout124-c.js';
import { HELDOUT124_D } from './pages-heldout124-d.js';
import { HELDOUT124_E } from './pages-heldout124-e.js';
import { HELDOUT124_F } from './pages-heldout124-f.js';

/**
 * Held-out batch 124, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New York Times news story, a
 * Washington Post news story, a CNN science news story, a BBC News story, a Guardian news story, a Reuters business news
 * story, an AP News story, an NBC News health story, a Fox News story, an Al Jazeera news story, an Independent (UK) news
 * story and a Los Angeles Times news story.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, summary, standfirst or subheadline under the headline is body; a dateline
 * written as running text at the start of the first paragraph ("COPENHAGEN, Nov 4 (Reuters) -", "PINE HOLLOW, Colo. (AP) —",
 * "ALDERCREST, Md. —") is part of that body paragraph, while a dateline in its own element (CNN's "source__cite") is a byline
 * and the paragraph's text after it is body; "contributed to this report" lines, Reuters' "Reporting by ...; Editing by ..."
 * sign-off and Al Jazeera's "Source:" line are bylines; AP's "___" rule is in neither list; promo, newsletter, related-story
 * and appeal blocks placed inside the article text (CNN's newsletter paragraph, Fox's all-caps linked paragraphs, Al
 * Jazeera's "Recommended Stories", the Guardian's newsletter figure, the LA Times enhancement modules) are furniture, and
 * so are author bios at the end of the text; visually hidden texts (screen-reader labels, hidden menus) are listed where
 * they are furniture.
 */
export const HELDOUT124_PAGES: readonly TestPage[] = [...HELDOUT124_A, ...HELDOUT124_B, ...HELDOUT124_C, ...HELDOUT124_D, ...HELDOUT124_E, ...HELDOUT124_F];
