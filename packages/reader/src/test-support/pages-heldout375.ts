import type { TestPage } from './page-kit.js';
import { HELDOUT375_A } from './pages-heldout375-a.js';
import { HELDOUT375_B } from './pages-heldout375-b.js';
import { HELDOUT375_C } from './pages-heldout375-c.js';
import { HELDOUT375_D } from './pages-heldout375-d.js';
import { HELDOUT375_E } from './pages-heldout375-e.js';
import { HELDOUT375_F } from './pages-heldout375-f.js';

/**
 * Held-out batch 375, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: job adverts on applicant tracking
 * systems, namely a Greenhouse job post (job-boards template with the application form), a Lever posting (title in an h2,
 * description lines as divs), a Workday job page saved from the single-page app (data-automation-id markup, bold-paragraph
 * section labels), a SmartRecruiters posting, an Ashby job page from the React app (hashed CSS-module classes, facts under
 * h2 labels), a Workable job page, a BambooHR careers page posting with its side box and more openings, a Teamtailor job ad
 * built from page-builder blocks (figure, colleagues, perks, referral block), a Civil Service Jobs-style vacancy, a university
 * vacancy on a Drupal site with a salary-point table, an Indeed-style job view whose description is short next to its
 * furniture, and a LinkedIn-style public job page whose description is br-separated lines under strong labels.
 * Hard kinds in this batch: the JavaScript-framework markup of Workday, Ashby and Workable, the Teamtailor page-builder
 * blocks, and the short main text of the Indeed-style view.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions: the job title is the title even where the template puts it in an h2 (Lever, Workday, BambooHR); the
 * advert's own description (company introduction, duties, requirements, pay and benefits paragraphs, equal-opportunity
 * statement, closing note) is body, and its section labels are headings also when written as bold paragraphs or strong
 * labels (Workday, BambooHR, LinkedIn-style); the structured job facts shown outside the description (location, team,
 * employment type, workplace type, salary boxes, requisition ids, job criteria, the Indeed-style "Job details" and
 * "Benefits" boxes pulled from the description) are furniture, as are apply / save buttons, application form labels,
 * tabs, colleague cards, perks, referral prompts and the civil-service "Things you need to know" and contact blocks; the
 * posting age ("Posted 5 Days Ago", "2 weeks ago") and the closing date of the advert are bylines, an interview date is a
 * job fact (furniture); the LinkedIn-style hiring-team poster's name is a byline and their job title furniture; a pull
 * quote inside the Teamtailor description is body; on the university page the salary table's data cells are body and its
 * header cells in neither list; the Civil Service Jobs-style lead-ins inside a section ("Essential criteria:") are body.
 */
export const HELDOUT375_PAGES: readonly TestPage[] = [...HELDOUT375_A, ...HELDOUT375_B, ...HELDOUT375_C, ...HELDOUT375_D, ...HELDOUT375_E, ...HELDOUT375_F];
