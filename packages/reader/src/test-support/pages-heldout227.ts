import type { TestPage } from './page-kit.js';
import { HELDOUT227_A } from './pages-heldout227-a.js';
import { HELDOUT227_B } from './pages-heldout227-b.js';
import { HELDOUT227_C } from './pages-heldout227-c.js';
import { HELDOUT227_D } from './pages-heldout227-d.js';
import { HELDOUT227_E } from './pages-heldout227-e.js';
import { HELDOUT227_F } from './pages-heldout227-f.js';

/**
 * Held-out batch 227, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ESPNcricinfo County
 * Championship match report, a Cyclingnews race report, a tennis tournament's official news story, a golf tour's event
 * preview, a ChessBase-style chess round report, a boxing promoter's fight preview on WordPress, a rugby club's match report,
 * a swimming federation's results news on WordPress, a fantasy football advice post on WordPress with comments, a climbing
 * gym's route-setting blog post on WordPress (GeneratePress), a sailing regatta's daily report and a county cricket
 * supporters' forum thread on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, strapline, standfirst or bold teaser is body (a teaser's leading date is a
 * byline); each row of a results or standings table, read across, is one body entry (header cells are in neither list);
 * raw PGN left in a chess replay board is a code block (neither list); a pull quote that repeats the story's words is in
 * neither list; promos, notices and newsletter, ticket or members boxes inside the article body are furniture, and so are
 * author bio lines and boxes; fight cards, winners lists and TV times are body list items; a match report's scorers and
 * line-ups paragraphs are body; a dateline that opens the first paragraph stays in that paragraph (body); in the forum
 * thread the "Re:" post subjects, ranks, post counts, join dates, locations and signatures are furniture; a short furniture
 * text that is also a word of a short gold line (the title, a heading) is left out.
 */
export const HELDOUT227_PAGES: readonly TestPage[] = [...HELDOUT227_A, ...HELDOUT227_B, ...HELDOUT227_C, ...HELDOUT227_D, ...HELDOUT227_E, ...HELDOUT227_F];
