import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT220_PAGES } from './pages-heldout220.js';
import { HELDOUT221_PAGES } from './pages-heldout221.js';
import { HELDOUT222_PAGES } from './pages-heldout222.js';
import { HELDOUT223_PAGES } from './pages-heldout223.js';
import { HELDOUT224_PAGES } from './pages-heldout224.js';
import { HELDOUT225_PAGES } from './pages-heldout225.js';

/** Batches 220 to 225 as measured at the session 42, round 146 (measured-leaks-later.ts). */
export const BATCHES_220_225: readonly MeasuredBatch[] = [
  {
    batch: 220,
    pages: HELDOUT220_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout220-divi-parish-newsletter': ['Newsletter'],
      'heldout220-generatepress-bible-commentary': ['Ruth', 'Ruth 2 – The Gleaner', 'Scripture quotations are from the New King James Version unless noted.'],
      'heldout220-elementor-mosque-news': ['Ramadan Appeal 2025', 'Help us feed 3,000 people this Ramadan.', 'Al-Noor Islamic Centre'],
      'heldout220-shulcloud-torah-portion': ['This week’s Torah portion', 'Numbers 8:1–12:16'],
      'heldout220-ghost-buddhist-teaching': ['Join us for a six-week course on working with pain, beginning Tuesday, September 9. Places are limit'],
      'heldout220-patheos-blog-post': ['church', 'grace'],
      'heldout220-drupal-diocese-press-release': ['About', '###', 'Diocese of Vallejo Falls'],
      'heldout220-wordpress-quaker-meeting-practice': [
        'Meeting for Worship',
        'Visit us',
        'Wednesdays at 12:30 pm (30 minutes)',
        'Friends Meeting House, 14 Tanner’s Row, Ashbury',
      ],
      'heldout220-webflow-interfaith-charity-update': ['Common Ground Interfaith Network'],
    },
  },
  {
    batch: 221,
    pages: HELDOUT221_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout221-civicplus-council-minutes': ['Business', 'Town Council', 'Town Council', 'Meeting Minutes'],
      'heldout221-wordpress-generatepress-association-newsletter': ['Porch Fest'],
      'heldout221-nextdoor-post-replies': [
        'Join Nextdoor to see more of what’s happening in your neighborhood',
        'Nextdoor is where you connect to the neighborhoods that matter to you so you can belong.',
      ],
      'heldout221-drupal-sheriff-press-release': ['Sheriff’s Office', 'Sheriff’s Office', 'Sheriff’s Office'],
      'heldout221-finalsite-district-announcement': ['Families', 'Download: 2025-26 Bell Schedules by School (PDF)', 'Pine Valley Unified School District'],
      'heldout221-blogger-community-garden': ['compost', 'raised beds'],
      'heldout221-uswds-311-service-page': ['Report dangerous road conditions that need immediate attention, such as a missing manhole cover or a'],
      'heldout221-divi-county-clerk-explainer': ['Register to vote or update your address', 'It takes two minutes at the state voter portal.'],
    },
  },
  {
    batch: 222,
    pages: HELDOUT222_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout222-babycenter-docs': ['Baby', 'Baby', 'Your baby’s first dental visit'],
      'heldout222-school-newsletter-news': ['Families', 'Download the printable newsletter (PDF, 412 KB)'],
      'heldout222-fatherly-news': ['Get Fatherly’s Newsletter', 'Parenting advice, gear and stories for dads, delivered every weekday.'],
      'heldout222-commonsensemedia-blog': [
        'A Lot or a Little?',
        'The parents’ guide to what’s in this movie.',
        'Positive Messages',
        'Positive Role Models',
        'Violence & Scariness',
        'Language',
        'Movie Details',
        'Director: Pilar Esquivel',
        'Studio: Brightmoon Animation',
        'Genre: Family and Kids',
        'Run time: 94 minutes',
        'MPAA rating: PG',
      ],
      'heldout222-childcare-provider-blog': ['Parents'],
    },
  },
  {
    batch: 223,
    pages: HELDOUT223_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout223-soundonsound-review': ['Information'],
      'heldout223-transistor-podcast-episode': ['Priya Anand'],
      'heldout223-community-radio-programme': [
        'Text the studio: 07700 900 431 (standard network rates apply)',
        'Listen again',
        'Episodes stay online for 28 days after broadcast.',
      ],
      'heldout223-wix-piano-teacher-post': ['parents', 'practice'],
    },
  },
  {
    batch: 224,
    pages: HELDOUT224_PAGES,
    precision: 0.965,
    recall: 0.965,
    leaks: {
      'heldout224-wordpress-vet-clinic-blog': ['summer'],
      'heldout224-kennel-club-breed-page': ['Terrier group', 'Did you know?', 'Fewer than 300 Harwick Terrier puppies are registered in a typical year.'],
      'heldout224-petmd-article': ['Dog'],
      'heldout224-xenforo-dog-forum-thread': ['Report'],
      'heldout224-elementor-cat-rescue-adoption-listing': [
        'Home',
        'Looking for a home',
        'Adoption fee: £95',
        'Our fee covers neutering, vaccinations, microchipping, flea and worm treatment and four weeks of fre',
        'Other cats looking for homes',
      ],
      'heldout224-blogger-bird-club-trip-report': ['Saltmere'],
      'heldout224-chewy-product-page-qa': [
        'Autoship Price',
        'Save 35% off your first Autoship order',
        'Usually ships in 1 business day',
        'Details',
        'Questions & Answers',
        'Q: Will this hold a 20 pound Maine Coon?',
        'A: My Maine Coon is 18 pounds and uses the top perch every day. It wobbles a little if he jumps hard',
        'Q: Is the hammock removable for washing?',
        'A: It is screwed on at four corners, so it can come off, but it is easier to vacuum it in place.',
        'View all 87 questions',
      ],
      'heldout224-rspca-advice-page': [
        'Fireworks',
        'Is your pet in danger?',
        'If your pet has been injured or is having difficulty breathing, contact your vet immediately.',
        'Find your nearest vet',
      ],
    },
  },
  {
    batch: 225,
    pages: HELDOUT225_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout225-rhs-plant-docs': ['Plants', 'RHS Award of Garden Merit', 'Pruning guidance'],
      'heldout225-gardenersworld-howto-news': ['How to', 'Step by step'],
      'heldout225-divi-landscaping-project-blog': ['Garden Design', 'Landscaping', 'Garden Design, Hard Landscaping'],
      'heldout225-drupal-extension-factsheet-docs': ['Home & Garden'],
      'heldout225-joomla-hiking-trip-report-blog': ['Hamish Cowie', 'Next'],
      'heldout225-ebird-trip-report-docs': ['Summary'],
    },
  },
];
