import type { TestPage } from './page-kit.js';
import { HELDOUT449_A } from './pages-heldout449-a.js';
import { HELDOUT449_B } from './pages-heldout449-b.js';
import { HELDOUT449_C } from './pages-heldout449-c.js';
import { HELDOUT449_D } from './pages-heldout449-d.js';
import { HELDOUT449_E } from './pages-heldout449-e.js';
import { HELDOUT449_F } from './pages-heldout449-f.js';

/**
 * Held-out batch 449, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a developer's résumé page on
 * GitHub Pages with Jekyll's minima theme, an academic CV page on Hugo with the Wowchemy theme, a designer's "About me" page
 * on Squarespace 7.1, a LinkedIn-style public profile saved from the browser while signed out, a résumé rendered by a JSON
 * Resume theme, a freelance copywriter's profile built with Webflow, a researcher's record page on ORCID's Angular registry
 * (a data page), a university staff profile on Drupal 10, a conference speaker bio page built with Next.js, an actor's CV
 * page on Wix (a page builder, credits in side-by-side text boxes), a short about.me-style one-page profile, and a CV
 * exported from Notion as HTML.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a profile or CV the person's name (or the page's own h1, such as "Résumé") is
 * the title, and a tagline or headline printed under it inside the profile card (JSON Resume's h2, about.me's headline) is
 * body, but LinkedIn's top-card headline and the conference page's role line, which repeat a job entry, are furniture; an
 * entry's own title in h3 / h4 (a job, an employer, a project, a degree, a talk, ORCID's panel titles with their counts,
 * a skill group) is a heading, and the entry's organisation line, date range and location, written as the CV's content,
 * are body, not bylines; only a line that dates the page itself ("Last updated", "Record last modified", "Page last
 * updated", Notion's Created and Last edited values) is a byline; contact details, social links, labelled profile fields
 * (Drupal's job title, department, email, phone and office fields; ORCID's left column of iD, other names, country,
 * keywords, websites and other IDs; about.me's location, work and education chips) and Source lines are furniture; a
 * testimonial or quote block is body when it sits in the page's text column (Squarespace's quote block) and furniture
 * when it is a slider or rail (Webflow's testimonials), and a quote's attribution line is furniture; table data cells and
 * each cell of the Wix credits columns are body, one entry each, header cells in neither list; a Notion toggle heading's
 * summary is a heading; the LinkedIn Activity posts, "People also viewed" and the speaker page's "Other speakers" are
 * furniture, the talk's abstract and the speaker's short interview are body, the session's time, track and room
 * furniture; a menu, breadcrumb or site-name text identical to the page's title or to one of its headings is not listed as
 * furniture.
 */
export const HELDOUT449_PAGES: readonly TestPage[] = [...HELDOUT449_A, ...HELDOUT449_B, ...HELDOUT449_C, ...HELDOUT449_D, ...HELDOUT449_E, ...HELDOUT449_F];
