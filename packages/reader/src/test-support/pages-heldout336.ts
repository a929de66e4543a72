import type { TestPage } from './page-kit.js';
import { HELDOUT336_A } from './pages-heldout336-a.js';
import { HELDOUT336_B } from './pages-heldout336-b.js';
import { HELDOUT336_C } from './pages-heldout336-c.js';
import { HELDOUT336_D } from './pages-heldout336-d.js';
import { HELDOUT336_E } from './pages-heldout336-e.js';
import { HELDOUT336_F } from './pages-heldout336-f.js';

/**
 * Held-out batch 336, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a mental-health charity's
 * information page on panic attacks with a "Get help now" crisis box and page contents (Mind-style), a therapist's profile
 * on a therapy directory (Psychology Today-style), a crisis line's "What to expect when you call" page built with Elementor,
 * a meditation app's blog post on Ghost (Casper), an NHS trust's talking therapies service page on the NHS.UK frontend, a
 * peer-support thread with a content-warning banner on Discourse, a university wellbeing service page rendered by Next.js,
 * a workplace line-manager toolkit on HubSpot CMS, a news story on depression research in the Guardian's DCR template, a
 * psychiatrist's "Expert Answers" Q&A (Mayo Clinic-style), a personal essay on recovery on Medium, and a charity's
 * fundraising story on Squarespace.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, lede, intro or subtitle under the h1 (charity hero intro, Ghost
 * excerpt, NHS lede, Guardian standfirst, Medium subtitle) is body; page-contents lists whose items repeat the section
 * headings are in neither list (their label is furniture); crisis boxes, urgent care cards and alert bars that the site
 * repeats on every page are furniture; on the therapist profile the personal statement and the attribute lists
 * (specialties, therapy types, client focus, qualifications, finances) are body, their group titles headings, and the
 * profile header (credentials, verified badge, phone, location) furniture; accordion questions and answers on the crisis
 * line page are body; a table's caption and data cells are body, its header cells in neither list; a course promo in a
 * callout card, a testimonial module and a quote's attribution are furniture, while a quote block written into the story
 * (Ghost blockquote, Squarespace quote block) is body; a Medium pull quote that repeats a body sentence is in neither list;
 * on the forum thread all posts, the moderator's included, are body, the usernames and post dates bylines, and the
 * forum's content-warning banner furniture; on the Q&A explainer the reader's question is body and the "Answer From" line,
 * the answerer's name and the date are bylines; "Page last reviewed", "Last updated" and "Last Modified" lines are bylines.
 */
export const HELDOUT336_PAGES: readonly TestPage[] = [...HELDOUT336_A, ...HELDOUT336_B, ...HELDOUT336_C, ...HELDOUT336_D, ...HELDOUT336_E, ...HELDOUT336_F];
