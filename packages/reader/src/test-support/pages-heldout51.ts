import type { TestPage } from './page-kit.js';
import { HELDOUT51_A } from './pages-heldout51-a.js';
import { HELDOUT51_B } from './pages-heldout51-b.js';
import { HELDOUT51_C } from './pages-heldout51-c.js';
import { HELDOUT51_D } from './pages-heldout51-d.js';
import { HELDOUT51_E } from './pages-heldout51-e.js';
import { HELDOUT51_F } from './pages-heldout51-f.js';

/**
 * Held-out batch 51, written in session 18 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Flickr photo page with
 * comments, a DeviantArt deviation with comments, a Behance project, a SoundCloud track page with comments, a Vimeo video
 * page with comments, an Apple Podcasts episode page, an App Store app page, a Google Play app page, a G2 product profile
 * (/reviews), a Tripadvisor review's own page, a Booking.com guest reviews page and a Glassdoor company reviews page.
 * Not yet measured. Gold conventions of the batch: on the photo, art, track, video and project pages (social pages) the
 * description and every comment are body, names and post ages bylines; on the app and product pages, which list many
 * reviews, the description alone is body and the reviews (and release notes) furniture, reviewers' names and dates
 * bylines; on the Booking.com and Glassdoor pages, which are only reviews, the reviews and the replies to them are body;
 * on the Tripadvisor page the one review and the management response are body.
 */
export const HELDOUT51_PAGES: readonly TestPage[] = [...HELDOUT51_A, ...HELDOUT51_B, ...HELDOUT51_C, ...HELDOUT51_D, ...HELDOUT51_E, ...HELDOUT51_F];
