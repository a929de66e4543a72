import type { TestPage } from './page-kit.js';
import { HELDOUT249_A } from './pages-heldout249-a.js';
import { HELDOUT249_B } from './pages-heldout249-b.js';
import { HELDOUT249_C } from './pages-heldout249-c.js';
import { HELDOUT249_D } from './pages-heldout249-d.js';
import { HELDOUT249_E } from './pages-heldout249-e.js';
import { HELDOUT249_F } from './pages-heldout249-f.js';

/**
 * Held-out batch 249, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hospital trust's news story on
 * Drupal 10, a health system's patient-education condition page rendered by Next.js with medical-review lines and ad slots, a
 * national health service's condition page on the nhsuk-frontend templates with care cards, a family dental clinic's blog post
 * on WordPress (Astra) with comments, a doctor's profile page with ratings and reviews on a React ratings site, a hospital's
 * visiting-hours page built with Elementor, a public-health agency's measles outbreak update on a federal-style template
 * package, a pharmacy chain's health hub article on Adobe Experience Manager, a patient-community forum thread on a
 * HealthUnlocked-style React site, a medical journal's news summary on a HighWire-style platform, a care-home group's blog
 * post on Squarespace 7.1, and a telehealth service's help-center article on Zendesk Guide (Copenhagen).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a lead or summary paragraph shown above the body ("At a glance" items, the hero
 * summary, the Drupal lead) is body; the forum thread's opening post and all its replies are body, and the bare user names
 * and relative times of the posts are bylines; reader comments on the WordPress post (including the clinic's own reply) are
 * furniture; on the doctor profile the "About" bio, the conditions, procedures and education list items are body, while the
 * rating summary, patient review cards, appointment widget and insurance chips are furniture, and "Profile last updated" is
 * a byline; a pullquote or quote block repeating a person's words inside the article is body, its attribution furniture;
 * the nhsuk care cards' visible headings ("See a GP if:", "Call 999 or go to A&E if:") are headings and their items body,
 * their visually hidden prefixes furniture; an in-article contents list that repeats the headings is in neither list; data
 * cells of a table (and a table caption) are body, header cells and one- or two-character number cells in neither list; an
 * alert or note box inside the article's text is body, its label furniture; medical-review and "Reviewed by" lines,
 * "Page last reviewed" / "Next review due", "Last Reviewed", "Updated" and reading-time lines are bylines; a "Read more" /
 * "Read the full paper" promo link, a disclaimer under the article, references drawers and competing-interest lines are
 * furniture; the Zendesk "Updated" label and relative time, and the journal's "(Published ...)" line are bylines.
 */
export const HELDOUT249_PAGES: readonly TestPage[] = [...HELDOUT249_A, ...HELDOUT249_B, ...HELDOUT249_C, ...HELDOUT249_D, ...HELDOUT249_E, ...HELDOUT249_F];
