import type { TestPage } from './page-kit.js';
import { HELDOUT300_A } from './pages-heldout300-a.js';
import { HELDOUT300_B } from './pages-heldout300-b.js';
import { HELDOUT300_C } from './pages-heldout300-c.js';
import { HELDOUT300_D } from './pages-heldout300-d.js';
import { HELDOUT300_E } from './pages-heldout300-e.js';
import { HELDOUT300_F } from './pages-heldout300-f.js';

/**
 * Held-out batch 300, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a child-development article on a
 * Dotdash Meredith parenting site, an NHS.UK pregnancy week-by-week page, a Mumsnet-style Talk thread, a council's
 * school-admissions guide on LocalGov Drupal, a dog-breed profile with a traits box on WordPress in the AKC style, an animal
 * shelter's adoptable-pet page on Squarespace, a vet practice's advice article built with Elementor, a pet-insurance explainer
 * with disclosure boxes in the Forbes Advisor style, a children's book review on Ghost (Casper), a family travel blog post on
 * WordPress (Kadence), a toy-safety recall notice on a USWDS Drupal site, and a baby-name meaning page on Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the forum thread every post, the opening post and the replies alike, is
 * body, poster names and post times bylines; a "Key Takeaways" box written by the editors is body, its label furniture;
 * the advertiser disclosure and editorial note boxes, the featured-partner offer and the author bio are furniture; the
 * NHS urgent-care card's heading is a heading and its text body, its hidden "Urgent advice:" label furniture; "Page last
 * reviewed" / "Next review due" and a council page's "Last updated" are bylines; the breed traits box (trait names,
 * score bars, height / weight / life expectancy facts) is furniture, the breed's group label too; the shelter pet's fact
 * list (age, sex, good with, health) is body, the adoption-fee box and apply button furniture; the book review's details
 * callout card (format, pages, publisher, price) is furniture, the excerpt under its title in neither list; the recall
 * notice's field labels ("Hazard:", "Remedy:"...) are headings and their values body, the recall date a byline and the
 * "Recall Date:" / "Recall Number:" labels furniture (the number itself is in neither list); on the baby-name page the
 * tags, the "Meaning:" line under the name, the chart labels and the sibling and similar name lists are furniture;
 * reader comments under the travel post are furniture; a reading time is a byline.
 */
const PARTS = [HELDOUT300_A, HELDOUT300_B, HELDOUT300_C, HELDOUT300_D, HELDOUT300_E, HELDOUT300_F];
export const HELDOUT300_PAGES: readonly TestPage[] = PARTS.flat();
