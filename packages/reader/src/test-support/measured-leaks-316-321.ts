import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT316_PAGES } from './pages-heldout316.js';
import { HELDOUT317_PAGES } from './pages-heldout317.js';
import { HELDOUT318_PAGES } from './pages-heldout318.js';
import { HELDOUT319_PAGES } from './pages-heldout319.js';
import { HELDOUT320_PAGES } from './pages-heldout320.js';
import { HELDOUT321_PAGES } from './pages-heldout321.js';

/** Batches 316 to 321 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_316_321: readonly MeasuredBatch[] = [
  {
    batch: 316,
    pages: HELDOUT316_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout316-wordpress-explores-news': ['A bendy backbone and a skater’s trick let cats flip in mid-air'],
      'heldout316-squarespace-advice-blog': ['About'],
      'heldout316-snosites-student-news': [
        'Environmental Club’s data on lunch trash convinced the school board',
        'Marcus Bell',
        'Environmental Club members show off the new sugarcane trays during a trial lunch on March 6.',
      ],
      'heldout316-nextjs-summer-camp-docs': ['Camp Bramblewood'],
    },
  },
  {
    batch: 317,
    pages: HELDOUT317_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout317-retailmenot-coupons': ['Coupons'],
      'heldout317-foodandwine-giftguide': ['Gifts', 'Gifts'],
      'heldout317-guardian-liveblog': ['Share'],
      'heldout317-pricerunner-product': ['£84.00', 'Price history', '3 months', 'Lowest price in 3 months: £84.00'],
      'heldout317-genesis-boxreview': ['Coupon: Use code UNPACKED10 for 10% off your first box.'],
    },
  },
  {
    batch: 318,
    pages: HELDOUT318_PAGES,
    precision: 0.91,
    recall: 0.97,
    leaks: {
      'heldout318-doxygen-class': ['The documentation for this class was generated from the following file:'],
      'heldout318-javadoc-class': ['Maren Tollefsen'],
      'heldout318-swagger-ui-operation': ['Servers', 'No links'],
      'heldout318-spectaql-graphql-schema': ['Documentation by SpectaQL'],
      'heldout318-postman-documenter-collection': ['AUTHORIZATION', 'Bearer Token', 'HEADERS', 'PARAMS', '201 Created'],
      'heldout318-typedoc-class': ['Hierarchy'],
      'heldout318-dokka-kotlin-class': ['Link copied to clipboard'],
      'heldout318-hexdocs-elixir-module': ['v0.9.2'],
    },
  },
  {
    batch: 319,
    pages: HELDOUT319_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout319-telegram-channel-preview-news': ['Independent notes on buses, trams and the night network in Kelverton. Tips and photos: @ktw_desk'],
      'heldout319-threads-thread-forum': [
        'lenore.binds',
        'Really useful to see the Friday problem written down. That is exactly what our owner worries about.',
        'kasimir_ink',
        'How did you handle the bindery deadlines that used to land on Fridays?',
      ],
      'heldout319-linkedin-post-blog': [
        'Putting the options in writing is so underrated. People need time at home to think.',
        'Would love to hear how the shuttle is going after the first year.',
      ],
      'heldout319-weibo-post-news': [
        '#Qinghe Lantern Museum#',
        '#Intangible heritage#',
        '按热度',
        '按时间',
        'That palace lantern hung above our table when I was a child. So happy to see it saved.',
        '26-3-5 10:02 来自江苏',
        'Will the dragon lantern be lit during the exhibition?',
        '26-3-5 11:40 来自上海',
        '查看全部384条评论',
        '关于微博',
        '微博客服',
        '网站备案号',
      ],
      'heldout319-whatsapp-channel-preview-news': ['WhatsApp'],
    },
  },
  {
    batch: 320,
    pages: HELDOUT320_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout320-drupal-course-page': ['HIST 2140'],
      'heldout320-jekyll-al-folio-lab-project': [
        'publications',
        'Related publications',
        'Ebbe, T. and Carrow, I. (2025). A sub-100-dollar conductivity logger for estuarine monitoring. Coast',
        'Fenner, L., Ebbe, T. and Carrow, I. (2026). Field correction of biofouling drift in volunteer salini',
      ],
      'heldout320-libguides-research-guide': [
        'Public Health',
        'Finding Evidence',
        'Search strategies and key databases for public health and health policy.',
        'Search',
        'Finding Evidence',
      ],
      'heldout320-canvas-lms-syllabus': ['Syllabus', 'Course Summary:'],
      'heldout320-elementor-research-report-landing': ['Report | February 2026'],
      'heldout320-workday-academic-job-ad': ['Marston Vale University is an equal opportunities employer.'],
    },
  },
  {
    batch: 321,
    pages: HELDOUT321_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout321-arduino-project-hub-blog': ['A sealed jar, a capacitive probe and a small panel keep an eye on a balcony herb pot.', 'Code'],
      'heldout321-printables-model-blog': ['Model origin', 'The author marked this model as their own original creation.'],
      'heldout321-sparkfun-product-docs': ['Skill Level', 'Electrical Prototyping', 'Noob'],
      'heldout321-elementor-ham-club-news': ['Share'],
      'heldout321-docusaurus-keyboard-docs': ['Soldering the switches'],
      'heldout321-discourse-home-assistant-forum': ['This is a wiki post; anyone with trust level 2 can edit it.'],
      'heldout321-dokuwiki-kit-assembly-wiki': ['Fenwick Audio Kits Wiki', 'start', 'kits', 'pocket_drone_assembly', 'kits:pocket_drone_assembly'],
    },
  },
];
