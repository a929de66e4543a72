import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT304_PAGES } from './pages-heldout304.js';
import { HELDOUT305_PAGES } from './pages-heldout305.js';
import { HELDOUT306_PAGES } from './pages-heldout306.js';
import { HELDOUT307_PAGES } from './pages-heldout307.js';
import { HELDOUT308_PAGES } from './pages-heldout308.js';
import { HELDOUT309_PAGES } from './pages-heldout309.js';

/** Batches 304 to 309 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_304_309: readonly MeasuredBatch[] = [
  {
    batch: 304,
    pages: HELDOUT304_PAGES,
    precision: 0.93,
    recall: 0.94,
    leaks: {
      'heldout304-nws-forecast-discussion-docs': ['347 AM CDT Thu May 21 2026', 'National Weather Service Pell Valley', 'FXUS63 KPLV 210847'],
      'heldout304-nuxt-aqi-city-docs': [
        'Air quality index (AQI) and PM2.5 air pollution in Velmora',
        'US AQI',
        'Unhealthy for sensitive groups',
        'Main pollutant: PM2.5',
        'Wind 6 km/h',
        'Hourly forecast',
      ],
      'heldout304-tidewatch-tide-times-docs': ['New Moon'],
      'heldout304-nhc-public-advisory-news': ['Discussion', 'WTNT34 KNHC 281452'],
      'heldout304-govuk-flood-alert-news': ['Flood alert', 'Call Floodline on 0345 988 1188 for 24-hour flood information.'],
      'heldout304-zooniverse-project-about-docs': ['The Team', 'Dr. Hana Kovalenko', 'Rafael Osei-Mensah', 'Priya Lindqvist', 'Ready to help?'],
      'heldout304-hubspot-solar-blog': ['Source: Sunwell customer monitoring data, 2025.'],
    },
  },
  {
    batch: 305,
    pages: HELDOUT305_PAGES,
    precision: 0.97,
    recall: 0.94,
    leaks: {
      'heldout305-jobstead-career-guide-news': ['Please note that none of the companies, institutions or organisations mentioned in this article are '],
      'heldout305-workscope-company-reviews-forum': [
        'Reviews',
        'Pros',
        'Cons',
        'Advice to Management',
        'Continue reading for free',
        'Keep going by sharing something about your own job or salary, anonymously.',
      ],
      'heldout305-linkedin-pulse-article-blog': ['Explore topics', 'Show more', 'About'],
      'heldout305-drupal-union-rights-guide-docs': ['Your rights', 'Working time'],
      'heldout305-nuxt-salary-guide-docs': [
        'Salary Guide 2027',
        'Choose a sector:',
        'How we collect this data',
        'Figures are medians of agreed starting salaries; roles with fewer than 25 placements are not shown.',
      ],
      'heldout305-elementor-recruitment-blog': ['Employers', 'Next'],
      'heldout305-sharepoint-intranet-handbook-docs': ['Handbook'],
    },
  },
  {
    batch: 306,
    pages: HELDOUT306_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout306-nasa-hds-news': ['-end-', 'Keep Exploring'],
      'heldout306-eso-release-news': [
        'The Southern Sky Observatory is an intergovernmental organisation supported by fourteen member state',
        'Links',
        'Research paper',
        'Photos of the Altamira Array',
        'Contacts',
      ],
      'heldout306-zooniverse-project-docs': [
        'Results',
        'The Flare Hunters Team',
        'Dr. Saoirse Lindgren',
        'Researcher',
        'Kwabena Ofori-Atta',
        'Researcher',
        'mothlight',
      ],
      'heldout306-squarespace-planetarium-blog': ['Sky This Month'],
      'heldout306-buzzsprout-podcast-blog': ['Play episode 87 · 24:18'],
    },
  },
  {
    batch: 307,
    pages: HELDOUT307_PAGES,
    precision: 0.965,
    recall: 0.895,
    leaks: {
      'heldout307-squarespace-label-news-blog': ['News', 'About'],
      'heldout307-drupal-orchestra-programme-notes-blog': ['Programme notes', 'Harbour Hall, Northmere', 'Performers'],
      'heldout307-elementor-theatre-show-blog': [
        'About',
        'Booking information',
        'Tue 3 March to Sat 28 March 2026',
        'Evenings 7.30pm, Thursday and Saturday matinees 2.30pm',
        'Running time approx. 2 hours 20 minutes including an interval',
        'Tickets £12 to £32, under-26s £10',
        'Audio described: Sat 14 March 2.30pm',
        'Captioned: Thu 19 March 7.30pm',
        'Relaxed performance: Sat 21 March 2.30pm',
        'Contains references to bereavement, a depiction of a fall and the use of haze.',
      ],
      'heldout307-nextjs-film-festival-catalogue-news': ['Director'],
      'heldout307-letterboxd-style-review-blog': ['★★★★½'],
      'heldout307-discogs-style-release-wiki': [
        'Marketplace',
        '14 For Sale from £24.00',
        'Barcode and Other Identifiers',
        'Barcode: 5 060921 340318',
        'Matrix / Runout (Side A): QFR031-A1 ashgrove cutting',
        'Matrix / Runout (Side B): QFR031-B1',
      ],
      'heldout307-wordpress-gutenberg-opera-synopsis-wiki': [
        'Your Visit',
        'Synopsis',
        'Plan your visit',
        'Running time approximately 2 hours 45 minutes, including two intervals.',
      ],
    },
  },
  {
    batch: 308,
    pages: HELDOUT308_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout308-atlassian-statuspage-incident': ['Monitoring', 'Identified', 'Investigating'],
      'heldout308-future-vanilla-review': ['Verdict', 'Pros', 'Cons'],
      'heldout308-oxygen-webhelp-manual': ['Wireless settings'],
      'heldout308-khoros-community-thread': ['Accepted solution'],
      'heldout308-github-releases-notes': ['Latest', 'Assets', '56 people reacted'],
      'heldout308-salesforce-experience-kb': ['Article Number 000041877', 'Applies To', 'Article Type', 'Troubleshooting'],
    },
  },
  {
    batch: 309,
    pages: HELDOUT309_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout309-wix-synagogue-blog': ['The ark of Beth Shalom Linden, built by members in 1988.'],
      'heldout309-sep-style-philosophy-wiki': [
        'Omoruyi, A., “Gratitude and Testimony”, lecture notes, Lantern University.',
        'Intellectual Virtues Reading Group archive.',
        'Other Internet Resources',
      ],
      'heldout309-substack-philosophy-blog': ['The Empty Afternoon'],
      'heldout309-terminalfour-university-chaplaincy-docs': ['See the full term programme'],
    },
  },
];
