import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT202_PAGES } from './pages-heldout202.js';
import { HELDOUT203_PAGES } from './pages-heldout203.js';
import { HELDOUT204_PAGES } from './pages-heldout204.js';
import { HELDOUT205_PAGES } from './pages-heldout205.js';
import { HELDOUT206_PAGES } from './pages-heldout206.js';
import { HELDOUT207_PAGES } from './pages-heldout207.js';

/** Batches 202 to 207 as measured at the session 41, round 138 (measured-leaks-later.ts). */
export const BATCHES_202_207: readonly MeasuredBatch[] = [
  {
    batch: 202,
    pages: HELDOUT202_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout202-manualslib-manual-page': ['Coffee Maker', 'BX-420', 'Instruction manual', 'Filter coffee maker', '(32 pages)', 'Guarantee'],
      'heldout202-bosch-appliance-faq': [
        'All',
        'Didn’t find an answer?',
        'Book a repair',
        'Our factory-trained technicians repair your appliance at home.',
        'Register your appliance',
        'Get exclusive offers and keep your warranty details in one place.',
        'Contact us',
        'Call us or send us a message. We’re here Monday to Friday.',
      ],
      'heldout202-ikea-product-care': ['Join IKEA Family', 'Get exclusive member offers, workshops and a free coffee every visit.'],
      'heldout202-amazon-kindle-help-page': ['Kindle Books'],
      'heldout202-dyson-support-page': [
        'Your machine',
        'Dyson V12 Detect Slim',
        'Did this fix the problem?',
        'Register your machine',
        'Activate your free guarantee and get expert tips.',
        'Register now',
        'Chat with us',
        'Our experts are available 8am to 8pm, 7 days a week.',
        'Start chat',
        'Buy spare parts',
        'Genuine filters, tools and batteries for your machine.',
        'Shop parts',
      ],
      'heldout202-tp-link-router-faq': ['Get to know more details of each function and configuration please go to'],
    },
  },
  {
    batch: 203,
    pages: HELDOUT203_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout203-vogue-news': ['Craft'],
      'heldout203-mens-health-news': ['Related Story'],
      'heldout203-good-housekeeping-news': ['Best Overall', 'Best Value', 'Best for Tea Lovers', 'Pros', 'Cons'],
      'heldout203-country-living-news': ['Related Story'],
      'heldout203-conde-nast-traveller-news': ['Subscribe', 'Subscribe to Condé Nast Traveller', 'Get 6 issues for £6 and a free gift.', 'Subscribe now'],
      'heldout203-wallpaper-news': ['Design', 'INFORMATION'],
    },
  },
  {
    batch: 204,
    pages: HELDOUT204_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout204-abc-au-news': ['Frost'],
      'heldout204-sbs-news': ['Rent stress rising fastest in outer suburbs, new data shows'],
      'heldout204-batimes-news': ['Economy'],
    },
  },
  {
    batch: 205,
    pages: HELDOUT205_PAGES,
    precision: 0.95,
    recall: 0.905,
    leaks: {
      'heldout205-professor-homepage-blog': [
        'Harriet Lindqvist',
        'Comments are welcome by e-mail. I do not run a comment section.',
        'Department of Mathematics, University of Norrholm',
        'h.lindqvist (at) math.norrholm.example',
      ],
      'heldout205-latex2html-lecture-notes-docs': ['Subsections'],
      'heldout205-dokuwiki-personal-wiki': ['Kitchen Garden Notes', 'Garden', 'Kitchen', 'garden:tomatoes'],
      'heldout205-mailman-digest-forum': [
        'You can reach the person managing the list at fellwalkers-owner at lists.fellwalkers.example',
        'When replying, please edit your Subject line so it is more specific than "Re: Contents of Fellwalker',
        "Today's Topics:",
      ],
    },
  },
  {
    batch: 206,
    pages: HELDOUT206_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout206-wordpress-spektrix-theatre-show': ['About', 'See full creative team'],
      'heldout206-events-calendar-venue-event': ['Times may change on the night.'],
      'heldout206-ticketmaster-event-detail': [
        'Home',
        'Standard Ticket',
        'Sec 208 • Row F',
        'Standard Ticket',
        'Standing • General Admission',
        'Platinum',
        'Sec 101 • Row C',
        'Prices include fees.',
        'Learn more about fees',
      ],
      'heldout206-resident-advisor-event': ['Lowtide'],
      'heldout206-songkick-artist-page': ['Biography submitted by the artist.'],
      'heldout206-fringe-festival-show-listing': ['Choose a date', 'Concessions available. Booking fee of £1.50 per ticket applies online.'],
      'heldout206-drupal-museum-exhibition': [
        'Exhibition',
        'This exhibition is supported by the National Lottery Heritage Fund and the Friends of Pendlebrook Mu',
      ],
      'heldout206-pretalx-talk-page': ['Ines Carvalho', 'Ines Carvalho is a staff engineer at Ledgerline, where she leads the data ingestion team. Before tha'],
      'heldout206-elementor-wedding-venue': ['Weddings', 'Enquire about your date', 'Follow us @ashcombebarn'],
      'heldout206-libcal-library-event': ['Registration'],
      'heldout206-pitchero-fixture-preview': [
        'News',
        'Harwood Athletic',
        'Castleford Bridge Town',
        'Pendle Valley League Premier Division',
        'Castleford Bridge Town',
        'Harwood Athletic',
      ],
    },
  },
  {
    batch: 207,
    pages: HELDOUT207_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout207-google-community-thread': [
        'Sign in',
        'Relevant Answer',
        'Gold Product Expert',
        'Diamond Product Expert',
        'Helpful?',
        'Last reply',
        'Sign in to reply',
        'Desktop',
        'Sign-in',
      ],
      'heldout207-spotify-community-idea': ['Status: Not Right Now', 'Labels:', 'Status changed to: Not Right Now', 'Like'],
      'heldout207-mozilla-support-question': ['Chosen solution'],
      'heldout207-salesforce-trailblazer-question': [
        'Answers',
        'Most Helpful',
        'Salesforce Architect, Orrin Logistics',
        'Admin, Nettlefield Housing',
        'Question author',
        '#Admin',
      ],
      'heldout207-figma-forum-question': ['Gareth Nwosu', 'Question', 'Best answer by Gareth Nwosu', 'Best answer', 'View original'],
    },
  },
];
