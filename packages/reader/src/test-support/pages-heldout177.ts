import type { TestPage } from './page-kit.js';
import { HELDOUT177_A } from './pages-heldout177-a.js';
import { HELDOUT177_B } from './pages-heldout177-b.js';
import { HELDOUT177_C } from './pages-heldout177-c.js';
import { HELDOUT177_D } from './pages-heldout177-d.js';
import { HELDOUT177_E } from './pages-heldout177-e.js';
import { HELDOUT177_F } from './pages-heldout177-f.js';

/**
 * Held-out batch 177, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Craigslist for-sale-by-owner
 * posting, a Zillow for-sale home details page, an Airbnb room listing, a LinkedIn guest job posting, an Indeed viewjob
 * posting, a Product Hunt launch page, a GitHub release page, a Chrome Web Store extension page, a Steam store game page, an
 * itch.io game page, an Indiegogo crowdfunding campaign and an Etsy product listing.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a listing or store page the article is the seller's, host's, employer's or
 * maker's own text (description, story, release notes, job description) and the title is the listing's name as its page
 * shows it (the Steam name is a div; a Craigslist h1's price and neighbourhood and Indeed's visually hidden " - job post"
 * are not part of it); a tagline or short description shown with the name is body; bold label paragraphs that head parts of
 * a description are headings, and upper-case or "★" label lines inside a plain-text description stay body lines; the
 * poster, host, employer, developer, seller or maker name and the listing's posted / updated / release date are bylines;
 * platform-drawn summaries (price, beds and baths, job details pulled from the description, criteria, attribute groups,
 * amenities, ratings, perks, assets) are furniture, except a Zillow listing's Facts & features (body, with its h2 and h3s
 * as headings) and the attribute group, price summary and system requirements that stand for a data block (neither list);
 * on Product Hunt the maker's pinned first comment is the launch text (body), other comments furniture; a code block in
 * release notes is in neither list.
 */
export const HELDOUT177_PAGES: readonly TestPage[] = [...HELDOUT177_A, ...HELDOUT177_B, ...HELDOUT177_C, ...HELDOUT177_D, ...HELDOUT177_E, ...HELDOUT177_F];
