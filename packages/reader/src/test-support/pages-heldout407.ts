import type { TestPage } from './page-kit.js';
import { HELDOUT407_A } from './pages-heldout407-a.js';
import { HELDOUT407_B } from './pages-heldout407-b.js';
import { HELDOUT407_C } from './pages-heldout407-c.js';
import { HELDOUT407_D } from './pages-heldout407-d.js';
import { HELDOUT407_E } from './pages-heldout407-e.js';
import { HELDOUT407_F } from './pages-heldout407-f.js';

/**
 * Held-out batch 407, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Petfinder-style pet profile, an
 * RSPCA-style rehoming profile, a shelter's Wix "Adopt" page, a rescue's WordPress (Astra) blog post about a recovered dog, a
 * humane society's foster programme page on Drupal's Olivero theme, an adoption FAQ in a Zendesk Guide help centre, a
 * lost-and-found pets listing from a Next.js app, a wildlife rescue's patient update on Blogger, a shelter's annual statistics
 * page built with Elementor, a farm sanctuary's sponsorship page on Webflow, a county animal services news release in
 * CivicPlus' News Flash module, and a horse rescue's story on Squarespace.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the pet profiles the value cells of the "About" facts list (breed, age, health
 * notes) are body and their labels furniture, while the RSPCA-style key-facts strip beside the photo is furniture; a
 * gallery of adoptable animals' names on an adopt page is furniture; a data table's data cells and an Elementor counter's
 * number and title are body, its header cells in neither list; on the listing each card's title is a heading, its
 * description body, its status badge furniture and its "Posted" date a byline; sponsorship tier names are headings and
 * their prices and texts body, and an FAQ dropdown's question is a heading; a quote inside the article body is body, its
 * attribution furniture, while a testimonial slider is furniture; on Blogger the post title (h3.post-title) is the title and
 * the blog-name h1 furniture; the Zendesk "Updated" label and relative date, the Drupal "Last updated" date and the Elementor
 * "Page updated" line are bylines; comments on articles are furniture, with their authors and dates.
 */
export const HELDOUT407_PAGES: readonly TestPage[] = [...HELDOUT407_A, ...HELDOUT407_B, ...HELDOUT407_C, ...HELDOUT407_D, ...HELDOUT407_E, ...HELDOUT407_F];
