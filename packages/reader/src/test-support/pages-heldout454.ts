import type { TestPage } from './page-kit.js';
import { HELDOUT454_A } from './pages-heldout454-a.js';
import { HELDOUT454_B } from './pages-heldout454-b.js';
import { HELDOUT454_C } from './pages-heldout454-c.js';
import { HELDOUT454_D } from './pages-heldout454-d.js';
import { HELDOUT454_E } from './pages-heldout454-e.js';
import { HELDOUT454_F } from './pages-heldout454-f.js';

/**
 * Held-out batch 454, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a staff report in a Legistar
 * legislation detail page (old ASP.NET table layout with record fields and tabs), a county commission event page on the
 * CivicClerk portal (React / MUI) with its agenda outline, a Granicus MediaPlayer meeting video page with its agenda index, a
 * CivicPlus (CivicEngage) News Flash recapping a council meeting, a library district's agenda item on BoardDocs Pro, an Ontario
 * township's Committee of the Whole agenda on eSCRIBE, a ModernGov decision details page inside an English district council's
 * site, a town's Select Board minutes posted on WordPress (Divi) with a CookieYes banner and sidebar, a school board meeting on
 * Simbli with summaries, recommended actions and votes, a parish council's minutes on a Community Voice (e-voice) site with a
 * payments table, a planning commission staff report on Drupal 10 (Olivero) with a video embed and attachments, and Library
 * Board minutes on the PrimeGov portal.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a meeting's own page (agenda, minutes, video, event) the meeting's date, time,
 * place and meeting number lines under the title are body, while "Posted", "Post Date", "Page last updated" lines are
 * bylines; an agenda's or minutes' numbered section titles (and the numbered minute items of the parish minutes) are headings,
 * with their numbers as shown, whether the platform marks them as h2-h3, bold-only paragraphs or styled divs, and the agenda
 * items under them (number and title as one entry), their descriptions, recommendations, motions and vote records are body;
 * a staff report's bold-only all-caps section labels (Legistar's RECOMMENDATION ...) are headings; on an item record (the
 * Legistar file, the BoardDocs item, the ModernGov decision) the record's field block (labels and values, including its dates,
 * status and meeting reference) is furniture, except the fields carrying its text: Legistar's Title and BoardDocs' Subject are
 * the title and BoardDocs' Recommended Action is body; ModernGov's decision name (its h2) is the title and the "Decision
 * details" h1 furniture; Simbli's item labels (Quick Summary / Abstract:, Recommended Action:, Motion & Voting) are furniture;
 * a memo's TO and SUBJECT lines are body, its FROM and DATE lines bylines; "Respectfully submitted ...", "Attest: ..." and
 * "Prepared by ..." signature lines are bylines, while "Minutes approved by the Board on ..." is body; attachment and
 * document links with their labels (Attachments, Files, Accompanying Documents:) are furniture; the Granicus index timestamps
 * are furniture and the index entries body; table data rows are body (one entry a row, cells joined with spaces), header
 * cells in neither list; the CivicClerk "Published Agenda" chip and eSCRIBE's "Agenda" subtitle are furniture; the video
 * embed's title attribute is in no list.
 */
export const HELDOUT454_PAGES: readonly TestPage[] = [...HELDOUT454_A, ...HELDOUT454_B, ...HELDOUT454_C, ...HELDOUT454_D, ...HELDOUT454_E, ...HELDOUT454_F];
