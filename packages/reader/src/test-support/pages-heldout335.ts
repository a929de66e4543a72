import type { TestPage } from './page-kit.js';
import { HELDOUT335_A } from './pages-heldout335-a.js';
import { HELDOUT335_B } from './pages-heldout335-b.js';
import { HELDOUT335_C } from './pages-heldout335-c.js';
import { HELDOUT335_D } from './pages-heldout335-d.js';
import { HELDOUT335_E } from './pages-heldout335-e.js';
import { HELDOUT335_F } from './pages-heldout335-f.js';

/**
 * Held-out batch 335, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a dating app's blog post on
 * Webflow, a relationship-advice magazine article on a Dotdash Meredith-style (mntl) template, a couples therapist's blog
 * post on Squarespace 7.1, an old-Reddit relationship_advice thread, a sex-education charity's consent page on the NHS.UK
 * frontend, a wedding-planning forum thread on Invision Community, a divorce law firm's step-by-step guide built with
 * Elementor, a Psychology Today-style blog post on Drupal with key points and an author box, a friendship advice column
 * on a Guardian-style dotcom-rendering newspaper page, a matchmaking agency’s landing page on Wix (short main text), a parenting-after-separation
 * guide from a charity saved from a Next.js site, and an expert-answers-one-reader Q&A page on Ghost (Casper).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek / standfirst / teaser under the h1 (mntl subheading, Drupal teaser, the
 * column's standfirst, Ghost's excerpt) is body; a key points box written by the author is body and its label furniture;
 * a pull-style blockquote quoting a person inside the article is body; on the forum pages (old Reddit, Invision) the self
 * post and every reply, including the asker's own follow-up and a TL;DR line, are body, and user names and post times are
 * bylines, points, post counts, member titles and like counts furniture; on the advice column and the Ghost Q&A the reader's
 * letter (with its sign-off inside the last paragraph) and the expert's answer are body, the "If you have a question" and
 * "Have a question" notes furniture; on the NHS-style page the lede, inset text, the care card's list items and the table's
 * caption and data cells are body, the table header cells, care-card label and visually hidden prefixes furniture, and the
 * review dates bylines; on the Wix landing page the hero line is the title, the intro, "How it works" steps and "Who we
 * work with" paragraph are body, while testimonials in the slideshow, "As featured in" and buttons are furniture; on the
 * Elementor guide the combined "Last updated ... · Reviewed by ..." line is one byline, and the attorney card, the
 * call-to-action box and the closing footer lines are furniture; the references / sources lists and author bios are
 * furniture; reading times, category kickers and tags are furniture; comments on articles (the newspaper and Ghost) are
 * furniture, and hidden Webflow form messages are listed as furniture because they are in the saved page.
 */
export const HELDOUT335_PAGES: readonly TestPage[] = [...HELDOUT335_A, ...HELDOUT335_B, ...HELDOUT335_C, ...HELDOUT335_D, ...HELDOUT335_E, ...HELDOUT335_F];
