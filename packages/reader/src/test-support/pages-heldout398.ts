import type { TestPage } from './page-kit.js';
import { HELDOUT398_A } from './pages-heldout398-a.js';
import { HELDOUT398_B } from './pages-heldout398-b.js';
import { HELDOUT398_C } from './pages-heldout398-c.js';
import { HELDOUT398_D } from './pages-heldout398-d.js';
import { HELDOUT398_E } from './pages-heldout398-e.js';
import { HELDOUT398_F } from './pages-heldout398-f.js';

/**
 * Held-out batch 398, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Airbnb room listing (React
 * markup, description with <br> breaks, amenities, house rules), a Booking.com hotel page, a Tripadvisor attraction page
 * with reviews, a Viator tour page with its itinerary and inclusions, a GetYourGuide activity page (Vue/Nuxt markup), a
 * Pitchup-style campsite listing, a Sykes-style cottage agency property page, a hostel's own WordPress (Astra) site with a
 * Cloudbeds widget, a cruise line's itinerary page on Adobe Experience Manager, a ski resort's lift pass page on Drupal, a
 * villa owner's Wix site, and a tourism board's accommodation listing on a Simpleview-style CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions: on these listing pages the article is the property's or tour's own descriptive text: description
 * paragraphs, amenity / facility / inclusion / exclusion lists, house rules, room-by-room lists, itinerary stops and days
 * (their names are headings), "know before you go" notes and cancellation policy text are body; section headings such as
 * "What this place offers" are headings even when short. Booking widgets, prices in booking panels, rating scores, review
 * counts, key-fact strips (guests, bedrooms), badges, photo counters, tabs and "Show more" buttons are furniture. On the
 * Tripadvisor attraction page the reviews are the page's main content, as posts are on a forum (kind forum): review
 * texts are body, review titles headings, reviewer names, "Written" dates and stay dates bylines. On the other pages,
 * guest review snippets and owners' replies are furniture, like comments on an article. "Hosted by", "Last updated" and
 * "Listing / Property details updated" lines are bylines; operator, supplier and "Description written by" lines count as
 * bylines only when they name who wrote the text (Pitchup), otherwise furniture. A price or fares table inside the article
 * (ski passes, cruise fares) has its data cells as body and its header cells in neither list; a Booking.com availability
 * table is a booking widget and furniture. A quote written by the owners inside the article is body, its attribution
 * furniture. A decorative tagline under a page-builder title (Wix) is furniture. Navigation items that repeat a heading or
 * the title (a "Rates" menu item, a "House rules" tab), and widget labels, crumbs and site names that recur as whole words on a
 * short title, heading or body line ("CHECK-IN", a village crumb), are left out of furniture though they stay on the page.
 */
export const HELDOUT398_PAGES: readonly TestPage[] = [...HELDOUT398_A, ...HELDOUT398_B, ...HELDOUT398_C, ...HELDOUT398_D, ...HELDOUT398_E, ...HELDOUT398_F];
