import type { TestPage } from './page-kit.js';
import { HELDOUT462_A } from './pages-heldout462-a.js';
import { HELDOUT462_B } from './pages-heldout462-b.js';
import { HELDOUT462_C } from './pages-heldout462-c.js';
import { HELDOUT462_D } from './pages-heldout462-d.js';
import { HELDOUT462_E } from './pages-heldout462-e.js';
import { HELDOUT462_F } from './pages-heldout462-f.js';

/**
 * Held-out batch 462, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a council planning application
 * summary on Idox Public Access with its tabs and details table, a zoning map amendment record on Accela Citizen Access
 * (ASP.NET Web Forms), a rezoning plan case on Tyler EnerGov Civic Access (Angular, saved rendered, a hidden tab), a zoning
 * code section on the Municode Library with its table of contents and toolbar, a rezoning notice in a city's News Flash on
 * CivicPlus CivicEngage, a planning scheme amendment public hearing page on Granicus OpenCities, a residents' association's
 * objection letter on WordPress (GeneratePress) with comments and a sidebar, a resident's objection letter on Blogger (Simple
 * template), a developer's consultation site on Squarespace 7.1 with an FAQ accordion and a feedback form, a council's rezoning
 * project page on Granicus EngagementHQ with key dates and documents widgets, an inspector's appeal decision on an old
 * table-layout casework portal (ASP.NET), and a local newsletter's hearing report on Substack with a subscribe box and comment.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a case-details page whose content is a record (Idox, Accela, EnerGov) the value of
 * each label / value row is one body entry and the labels (`th`, `label`, the Accela label spans, "Record Status:") are in
 * neither list; the record's status value is body; Idox's proposal and address line above the tabs is body (so those values
 * appear twice in the body), its "no associated cases" note is body, the comment deadline note body; record and case tabs,
 * "Comment on this application" / "Track this application" / "Add to Cart" buttons and type badges ("Plan") are furniture;
 * EnerGov's hidden tab pane is in neither list; the case reference / status box of the casework portal above the appeal
 * decision is furniture, as the page's article is the decision letter; the appeal decision's site visit line, "by" line,
 * "an Inspector appointed by the Secretary of State" and decision date are bylines, its appeal reference box (reference,
 * site, bullets) is body, and the Inspector's signature and "INSPECTOR" at the end are body (as is the sign-off of a letter:
 * salutation, "Yours sincerely,", "Respectfully," and the signer's name and address lines are body entries, one a line);
 * Municode's section number and title is the title, lettered and numbered subsections are body one each with their
 * "(a)" / "(1)" markers, the history note is body, and the "Supplement ... Online content updated on ..." line is a byline;
 * the h3 section toggles of Accela's More Details block (Application Information, Parcel Information) are headings, even the
 * collapsed one; a subtitle or summary under the h1 (Substack's subtitle, OpenCities' page summary) is body; a hearing's
 * date / time / venue list is body; an FAQ accordion's questions (open) are headings and answers body; a consultation
 * site's image caption, download button and feedback form (its heading, labels and button) are furniture; EngagementHQ's key
 * dates, documents, "Who's Listening" and lifecycle widgets are furniture; blog comments are furniture, while their commenter
 * names and dates are bylines (as are Substack's author and date and Blogger's date header, "Posted by" and time); a News
 * Flash category heading above the title is furniture; like / comment counts are furniture.
 */
export const HELDOUT462_PAGES: readonly TestPage[] = [...HELDOUT462_A, ...HELDOUT462_B, ...HELDOUT462_C, ...HELDOUT462_D, ...HELDOUT462_E, ...HELDOUT462_F];
