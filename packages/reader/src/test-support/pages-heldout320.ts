import type { TestPage } from './page-kit.js';
import { HELDOUT320_A } from './pages-heldout320-a.js';
import { HELDOUT320_B } from './pages-heldout320-b.js';
import { HELDOUT320_C } from './pages-heldout320-c.js';
import { HELDOUT320_D } from './pages-heldout320-d.js';
import { HELDOUT320_E } from './pages-heldout320-e.js';
import { HELDOUT320_F } from './pages-heldout320-f.js';

/**
 * Held-out batch 320, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a history department's course
 * page on a Drupal 10 university theme, a coastal sensing lab's project page on Jekyll al-folio, a soil ecologist's homepage
 * on Hugo Wowchemy (a page of widgets whose About widget is headed "Biography"), a master's thesis record on DSpace 7
 * (Angular markup), a university press release on Adobe Experience Manager core components, a students' union news story
 * on the MSL platform, a LibGuides research guide page, a course syllabus on Canvas LMS, a research centre's report landing
 * page built with Elementor (short main text), an alumni magazine feature on the Newspack theme with comments, an
 * admissions blog post on HubSpot CMS with comments, and an academic job advertisement on Workday (React markup).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 (al-folio's post-description, Newspack's subtitle,
 * MSL's leader) is body; inline label / value fields around a record or course (Drupal course fields, DSpace fields other
 * than the abstract, Workday's job details list) are furniture, except the author and date, which are bylines; DSpace's
 * "Abstract" field label is a heading, its other field labels furniture; on the Wowchemy homepage the About widget
 * (biography, Interests, Education) and the Teaching section are the article, its section labels headings, while the
 * portrait card, the generated "Recent Publications" list and the Contact widget are furniture; al-folio's generated
 * "Related publications" bibliography is furniture; Canvas's instructor-written syllabus is the article under the
 * screen-reader h1 "Course Syllabus", the instructor's h2 and h3 its headings, and the generated "Course Summary" table is
 * furniture; the Workday posting has no h1, so its jobPostingHeader h2 is the title, and its bold-paragraph pseudo-headings
 * are body paragraphs, not headings; table data cells in an article (the Drupal assessment table) are body, header cells in
 * neither list; a quote block's citation line inside the article is body; the LibGuides database names and descriptions in a
 * content box are body, the librarian profile box furniture, and "Last Updated:" with its value are bylines; the Elementor
 * report's eyebrow line ("Report | February 2026") and author line are bylines; an inline "Read more:" promo is furniture;
 * texts shown only as input values or placeholders are in neither list, and a visible text that also occurs inside a body
 * text (a portrait card's university name, a tag that repeats a body phrase) is left out of the furniture.
 */
export const HELDOUT320_PAGES: readonly TestPage[] = [...HELDOUT320_A, ...HELDOUT320_B, ...HELDOUT320_C, ...HELDOUT320_D, ...HELDOUT320_E, ...HELDOUT320_F];
