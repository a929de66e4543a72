import type { TestPage } from './page-kit.js';
import { HELDOUT282_A } from './pages-heldout282-a.js';
import { HELDOUT282_B } from './pages-heldout282-b.js';
import { HELDOUT282_C } from './pages-heldout282-c.js';
import { HELDOUT282_D } from './pages-heldout282-d.js';
import { HELDOUT282_E } from './pages-heldout282-e.js';
import { HELDOUT282_F } from './pages-heldout282-f.js';

/**
 * Held-out batch 282, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Shopify store's product page on
 * the Dawn theme with a long description and Judge.me reviews, an Amazon-style marketplace product page with "About this item"
 * bullets, an Etsy-style handmade listing, a Zillow-style home listing with its description and facts, a job posting on a
 * Greenhouse job board, an Eventbrite event page, a Udemy-style course landing page, a publisher's book page with blurb and
 * author bio, an App Store listing, a Kickstarter project page with its story, a Craigslist for-sale posting and an Airbnb
 * room page with its description and house rules.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the item's name as its h1 shows it, without badges or data set inside
 * the h1 (the App Store's age rating, Craigslist's price and neighbourhood, which are furniture); a listing's own text is body:
 * a product description and its bullets (Amazon's "About this item", whose h1 counts as a heading), a summary or headline set
 * under the title (Eventbrite, Udemy, Kickstarter), a course's objectives, requirements and audience lists, a real-estate
 * listing's "Facts & features" items written as "label: value" (their group h3s are headings), an Airbnb description with its
 * h3 sections and the house-rules items, a job posting's whole description including its equal-opportunity paragraph, an App
 * Store description and its "What’s New" notes; a description saved as one paragraph cut by line breaks (Etsy, App Store,
 * Craigslist, Airbnb) has one body entry per piece between breaks, and capitalised lines inside it ("DETAILS", "FEATURES")
 * are body, not headings, as they have no heading markup; the seller, shop, brand store link, developer, hiring company
 * ("at Company"), organiser ("By ..."), host ("Hosted by ..."), creator and author ("By ...") lines are bylines, as are posting,
 * "updated" and release dates ("Listing updated", Udemy's "Last updated", the What’s New date, Craigslist's posted / updated);
 * furniture takes everything else: prices, variant pickers, buy buttons, ratings and counts, reviews of every kind (shoppers',
 * app users', guests', the publisher's praise quotes), data tables and label / value lists that are not the listing's own
 * written facts (Amazon's product information, the App Store's information list, Craigslist's attribute group, the book's
 * ISBN / pages / on-sale list), event date, time and venue blocks, highlights and chips, reward tiers, the instructor card,
 * the curriculum outline, application form labels, galleries and their captions, the print-only QR label, rails, banners and
 * footers. Text that the page shows twice (Airbnb's description intro, both on the page and in the open dialog) is body once.
 */
export const HELDOUT282_PAGES: readonly TestPage[] = [...HELDOUT282_A, ...HELDOUT282_B, ...HELDOUT282_C, ...HELDOUT282_D, ...HELDOUT282_E, ...HELDOUT282_F];
