import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT244_PAGES } from './pages-heldout244.js';
import { HELDOUT245_PAGES } from './pages-heldout245.js';
import { HELDOUT246_PAGES } from './pages-heldout246.js';
import { HELDOUT247_PAGES } from './pages-heldout247.js';
import { HELDOUT248_PAGES } from './pages-heldout248.js';
import { HELDOUT249_PAGES } from './pages-heldout249.js';

/** Batches 244 to 249 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_244_249: readonly MeasuredBatch[] = [
  {
    batch: 244,
    pages: HELDOUT244_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout244-vocento-regional-news': ['Más información'],
      'heldout244-ouestfrance-regional-news': ['Brénoc : l’école de l’île gardera sa classe unique à la rentrée'],
      'heldout244-g1-globo-news': [
        'Portal Vozes do Sul',
        'VEJA TAMBÉM:',
        'Feira do produtor volta à praça central de Campo Alegre da Serra',
        'Veja mais notícias da região no Portal Vozes do Sul Vale do Taquaruçu',
      ],
      'heldout244-wordpress-wprm-foodblog': [
        'Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, erhalte ich eine kleine Provis',
        'Pin Rezept',
      ],
      'heldout244-servicepublic-dsfr-docs': ['Stationnement'],
    },
  },
  {
    batch: 245,
    pages: HELDOUT245_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout245-glowbox-clay-recap': ['Recaps', 'TV Recaps', 'Season 2 Episode 5', 'tv recaps', 'the lanternkeepers'],
      'heldout245-zendesk-streaming-help': ['Recently viewed articles'],
      'heldout245-filmledger-nextjs-title': ['Production, box office & more at FilmLedger Pro'],
      'heldout245-framelog-letterboxd-review': ['2025', '★★★★½'],
      'heldout245-fandom-episode-wiki': ['“The Comet Ball”'],
      'heldout245-lumen-nuxt-showtimes': ['— Fenella Adair, Head of Programming'],
      'heldout245-saltmarsh-elementor-programme': ['Screenings', 'The Rope Works Cinema', 'Tickets £9 / £7 concessions. Festival Pass holders book free.'],
      'heldout245-beehiiv-creator-newsletter': [
        'Together with Reelbox',
        'Reelbox turns your old home movies into 4K digital files. Two Reels Deep readers get 20% off their f',
        'Try Reelbox',
      ],
    },
  },
  {
    batch: 246,
    pages: HELDOUT246_PAGES,
    precision: 0.96,
    recall: 0.965,
    leaks: {
      'heldout246-etherscan-style-transaction-page': ['Private Note:', 'A transaction is a cryptographic message that changes the state of the blockchain.'],
      'heldout246-drupal-central-bank-press-release': ['Staff projections (annual averages)'],
      'heldout246-atlassian-statuspage-incident': ['Postmortem', 'Monitoring', 'Identified', 'Investigating'],
      'heldout246-coingecko-style-token-price-page': [
        'The price of Lumen Stake (LMS) is $0.4821 today with a 24-hour trading volume of $12,408,332. This r',
        'Price',
      ],
    },
  },
  {
    batch: 247,
    pages: HELDOUT247_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout247-drupal-transit-service-alert': ['Route 12 and Route 40 detour'],
      'heldout247-sitecore-rail-engineering-works': ['Tickets'],
      'heldout247-prezly-airline-newsroom-release': ['Network', 'Five flights a week on a route last served in 2014'],
      'heldout247-aem-airport-passenger-info': ['Security'],
      'heldout247-ghost-casper-bikeshare-blog': ['Six months of trips on the electric fleet, and what we are changing because of them.'],
      'heldout247-elementor-ferry-timetable-notice': ['Freight'],
      'heldout247-hubspot-flight-tracker-blog': ['How-to'],
    },
  },
  {
    batch: 248,
    pages: HELDOUT248_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout248-uk-parliament-bills-bill': ['Stages', 'Dates for future stages are provisional.'],
      'heldout248-angular-enr-election-results': ['Official'],
      'heldout248-politics-liveblog': ['Link copied'],
      'heldout248-moderngov-council-minutes': ['Meeting', 'Watch the webcast of this meeting', 'Items', 'Minutes:', 'Decision:', 'Declarations of interest'],
      'heldout248-mediawiki-voter-guide': ['Elections'],
      'heldout248-elementor-mp-newsletter': ['Surgeries'],
      'heldout248-squarespace-party-press-release': ['“Free buses for under-22s is the single fastest way to give young people their freedom back.”'],
    },
  },
  {
    batch: 249,
    pages: HELDOUT249_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout249-nextjs-health-library-condition': [
        'Medically Reviewed. Last updated on 11/18/2025.',
        'Medically reviewed by a Brightwater Clinic medical professional.',
        'Care at Brightwater Clinic',
        'Our foot and ankle specialists treat heel pain with personalized plans.',
        'Brightwater Clinic is a non-profit academic medical center. We do not endorse non-Brightwater Clinic',
      ],
      'heldout249-wordpress-astra-clinic-blog': [
        'Book your child’s first check-up',
        'Children under 18 are seen free of charge at Fernhill. Book online or call reception.',
      ],
      'heldout249-react-ratings-doctor-profile': [
        'Procedures',
        'Female, Age 46',
        'Larkfield Arthritis and Joint Center, 410 Orchard Row, Suite 2B, Larkfield',
        'Insurance Accepted',
        'Aetna',
        'BlueCross BlueShield',
        'Cigna',
        'Medicare',
        'UnitedHealthcare',
        'See all 27 carriers',
        'Similar Doctors Nearby',
        'Ratings and reviews are provided by patients and do not constitute medical advice.',
      ],
      'heldout249-elementor-hospital-visiting-hours': ['Visiting hours'],
      'heldout249-carecircle-patient-forum-thread': ['fatigue'],
      'heldout249-highwire-journal-news': [
        '(Published 04 March 2026)',
        'doi: https://doi.example/10.5555/tcj.q512',
        'Cite this as: TCJ 2026;392:q512',
        'Read the full paper: Structured home walking after heart failure admission',
      ],
    },
  },
];
