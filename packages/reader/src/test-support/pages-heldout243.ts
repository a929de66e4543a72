import type { TestPage } from './page-kit.js';
import { HELDOUT243_A } from './pages-heldout243-a.js';
import { HELDOUT243_B } from './pages-heldout243-b.js';
import { HELDOUT243_C } from './pages-heldout243-c.js';
import { HELDOUT243_D } from './pages-heldout243-d.js';
import { HELDOUT243_E } from './pages-heldout243-e.js';
import { HELDOUT243_F } from './pages-heldout243-f.js';

/**
 * Held-out batch 243, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hotel's blog post on its
 * Cloudbeds-built booking-engine website, a boutique hotel's room page on Squarespace 7.1, a wedding magazine's real-wedding
 * feature with vendor credits on a Dotdash Meredith-style template, a wedding planner's blog post on Showit with its WordPress
 * blog, a venue's listing page on a wedding marketplace in The Knot's style (React, hashed class names), an Eventbrite event
 * page with its organizer box, a hospitality conference's programme page built with Next.js, a hospitality trade news article
 * on WordPress with tagDiv's Newspaper theme, a catering company's menu guide built with the Wix editor, a tourism board's
 * what's-on event page on a Simpleview-style destination CMS, a wedding forum thread on Discourse, and a party-planning
 * how-to on a craft retailer's Shopify (Dawn) blog.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on listing and event pages (the venue listing, the Eventbrite and Simpleview event
 * pages, the room page) the description the venue, organiser or hotel wrote is body, and the listing's facts are body only
 * where they sit in that text (the room's "At a glance" list, the venue's "Details" and "What's included" lists); the template
 * blocks around it (dates, time, location, admission, price boxes, rating, "Event Details" box, organizer box) are furniture,
 * and template section headings that only introduce the body ("About this vendor", "About this event") are in neither list.
 * Eventbrite's "By Tideline Supper Club" organiser name is a byline; the event's own dates are furniture, not bylines.
 * A real-wedding feature's vendor credits ("The Vendors") are furniture, like photo credits; its dek is in neither list; the
 * photographer named in the attribution is a byline. Reviews on a listing and comments on a post, with their names and dates,
 * are furniture. On the forum thread every post is body, including the text quoted in a reply (its "Priya_R:" label is
 * furniture), and the user names and post dates are bylines. The conference programme's session cards (time, title, speaker,
 * room, description) are body, one item each; its "Last updated" line is a byline. The trade article's data table rows are
 * body, one item per row, the header cells in neither list; its pull quote is body. On the Wix page the note under the price
 * list is body, image captions furniture. Bare like counts and one- or two-character texts are not listed.
 */
export const HELDOUT243_PAGES: readonly TestPage[] = [...HELDOUT243_A, ...HELDOUT243_B, ...HELDOUT243_C, ...HELDOUT243_D, ...HELDOUT243_E, ...HELDOUT243_F];
