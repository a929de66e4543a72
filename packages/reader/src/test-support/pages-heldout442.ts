import type { TestPage } from './page-kit.js';
import { HELDOUT442_A } from './pages-heldout442-a.js';
import { HELDOUT442_B } from './pages-heldout442-b.js';
import { HELDOUT442_C } from './pages-heldout442-c.js';
import { HELDOUT442_D } from './pages-heldout442-d.js';
import { HELDOUT442_E } from './pages-heldout442-e.js';
import { HELDOUT442_F } from './pages-heldout442-f.js';

/**
 * Held-out batch 442, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Google Forms public form with its
 * description and three sections, a Typeform form saved after hydration (welcome screen and the whole deck of blocks), a
 * SurveyMonkey survey page with a matrix question, a Microsoft Forms staff check-in with two sections, a Tally call for talks
 * built in its Next.js app, a JotForm equipment hire agreement with long numbered terms text, a council consultation on
 * Citizen Space with its background sections and side panel, a poll results article on a regional news site (tagDiv
 * Newspaper theme) with a results table and reader comments, a Qualtrics survey intro page (short main text), a Formstack
 * conference registration form with a fees table, a LimeSurvey towpath survey shown all-in-one, and a research study's
 * participant information and consent form on a REDCap survey page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a form, the form's title is the title; its description, section texts, question
 * prompts, field labels, help texts under a question and the choice labels of a question are body, because they are what the
 * form says; question prompts are body even where the template marks them up as headings (Typeform's h2, Tally's h3,
 * SurveyMonkey's h4, Google Forms' role="heading" divs), while section and page titles (Google Forms and Microsoft Forms
 * section headers, SurveyMonkey's page title, LimeSurvey group titles, Formstack section headings, REDCap section-header rows,
 * JotForm's h3 terms sections, Citizen Space's h2 sections) are headings; a form's field sub-labels (First / Last), required
 * markers and notes, placeholders, progress texts, keyboard hints, buttons, question counts, anonymity notices, "Powered by"
 * lines and disclaimers are furniture; the scale labels of a matrix question and the header cells of a table are in neither
 * list, while a table's data cells and a matrix's row labels are body; a consent checkbox's own "Yes, I agree" label is
 * furniture and the consent statement it confirms is body; Citizen Space's "Opened" / "Closes" labels and dates are bylines and
 * its "Give us your views" text is body (with its h2 a heading), the Online Survey button furniture; on the news poll page
 * reader comments (names, dates and texts) are furniture, and the pull quote's attribution line is furniture.
 */
export const HELDOUT442_PAGES: readonly TestPage[] = [...HELDOUT442_A, ...HELDOUT442_B, ...HELDOUT442_C, ...HELDOUT442_D, ...HELDOUT442_E, ...HELDOUT442_F];
